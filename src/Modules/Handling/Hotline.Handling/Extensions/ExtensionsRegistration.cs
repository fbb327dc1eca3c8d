using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.Handling.Extensions;

/// <summary>Extension requests (延期申请) and the center's decisions on them.</summary>
internal static class ExtensionsRegistration
{
    public static IServiceCollection AddExtensions(this IServiceCollection services) =>
        services.AddNavEntries([
            new(HandlingModule.Group, "延期审批", "/handling/extensions", Icons.Material.Filled.MoreTime, [HotlineRoles.Dispatcher, HotlineRoles.Supervisor], 220)])
            .AddScoped<ExtensionService>()
            .AddAuditObjectType("ExtensionRequest", "延期申请");
}
