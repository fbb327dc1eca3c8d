using Hotline.Dispatch.Contracts;
using Hotline.Handling.Inbox;
using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Handling;

/// <summary>Cases registered through Intake and handed to Handling's real dispatch handler, as Dispatch's event would.</summary>
internal static class HandlingComponentData
{
    public static async Task<(Guid CaseId, Guid AssignmentId)> DispatchToZjjAsync(IServiceProvider services, DateTime dispatchedAtUtc, string content,
        AssignmentRole role = AssignmentRole.Lead)
    {
        var category = (await services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
        var area = (await services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        var registered = await services.GetRequiredService<CaseRegistration>().RegisterAsync(new RegistrationInput
        {
            RequestType = RequestTypeCode.Complaint,
            CategoryId = category.Id,
            AreaId = area.Id,
            Address = "幸福小区5号楼",
            Content = content,
            CallerName = "王先生",
            CallerPhone = "13812349876",
            SubmissionKey = Guid.NewGuid(),
        }, new IntakeDecision.Accept());
        var zjj = (await services.GetRequiredService<IUnitDirectory>().FindByCodeAsync("ZJJ"))!.Id;
        var assignmentId = Guid.NewGuid();
        var e = new CaseDispatched(registered.CaseId, registered.CaseNumber, RequestTypeCode.Complaint, category.Id, content, false, null, true,
            [new AssignmentTerms(assignmentId, zjj, role, null, dispatchedAtUtc.AddHours(8), dispatchedAtUtc.AddHours(24), dispatchedAtUtc.AddDays(21), 15)],
            null, dispatchedAtUtc, "dispatcher", false);
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<CaseDispatchedHandler>().HandleAsync(e, CancellationToken.None);
        // What Dispatch holds for this dispatch: the case page and the caller's identity ask Dispatch which units are on the case.
        var dispatch = scope.ServiceProvider.GetRequiredService<Hotline.Dispatch.Persistence.DispatchDbContext>();
        dispatch.Assignments.Add(new Hotline.Dispatch.Domain.Assignment
        {
            Id = assignmentId, CaseId = registered.CaseId, DispatchId = Guid.NewGuid(), UnitId = zjj, Role = role,
            DispatchedAtUtc = dispatchedAtUtc, DispatchedBy = "dispatcher", SignForDueUtc = e.Assignments[0].SignForDueUtc,
            FirstContactDueUtc = e.Assignments[0].FirstContactDueUtc, CompletionDueUtc = e.Assignments[0].CompletionDueUtc,
            CompletionWorkingDays = 15, ReturnWindowEndsUtc = dispatchedAtUtc.AddDays(1),
        });
        await dispatch.SaveChangesAsync();
        return (registered.CaseId, assignmentId);
    }
}
