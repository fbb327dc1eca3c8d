using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Administration.RequestTypes;

/// <summary>诉求类型: the six fixed request types and their completion limits.</summary>
internal static class RequestTypesRegistration
{
    public static IServiceCollection AddRequestTypes(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.MasterDataGroup, "诉求类型", "/admin/request-types", Icons.Material.Filled.Rule, [HotlineRoles.CenterAdmin], 50)]);
        services.AddScoped<RequestTypeAdmin>();
        services.AddAuditObjectType("RequestType", "诉求类型", _ => "/admin/request-types");
        return services;
    }

    /// <summary>Every installation has the six types; seed 002 art. 13: complaints and reports 15 working days, everything else 5.</summary>
    public static async Task EnsureRequestTypesAsync(AdministrationDbContext db, CancellationToken cancellationToken)
    {
        if (await db.RequestTypes.AnyAsync(cancellationToken))
            return;
        db.RequestTypes.AddRange(
            new RequestType { Code = RequestTypeCode.Consultation, Name = "咨询", CompletionWorkingDays = 5, SortOrder = 1 },
            new RequestType { Code = RequestTypeCode.HelpRequest, Name = "求助", CompletionWorkingDays = 5, SortOrder = 2 },
            new RequestType { Code = RequestTypeCode.Complaint, Name = "投诉", CompletionWorkingDays = 15, SortOrder = 3 },
            new RequestType { Code = RequestTypeCode.Report, Name = "举报", CompletionWorkingDays = 15, SortOrder = 4 },
            new RequestType { Code = RequestTypeCode.Suggestion, Name = "意见建议", CompletionWorkingDays = 5, SortOrder = 5 },
            new RequestType { Code = RequestTypeCode.Praise, Name = "表扬", CompletionWorkingDays = 5, SortOrder = 6 });
        await db.SaveChangesAsync(cancellationToken);
    }
}
