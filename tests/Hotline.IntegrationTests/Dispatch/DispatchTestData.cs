using Hotline.Dispatch.Domain;
using Hotline.Dispatch.Persistence;
using Hotline.Intake.Registration;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Dispatch.Dispatching;

namespace Hotline.IntegrationTests.Dispatch;

/// <summary>Accepted cases in the dispatch queue, units by code, and dispatches as a given user.</summary>
internal static class DispatchTestData
{
    /// <summary>Registers and accepts a complaint through Intake (物业管理, 城关街道) and delivers CaseAccepted to Dispatch.</summary>
    /// <param name="areaCode">Another place concerned than the first township, e.g. to keep a test's history apart.</param>
    public static async Task<RegistrationResult> AcceptedCaseAsync(HotlineAppFactory app, string content = "小区物业不维修电梯，多次反映无果", string? areaCode = null)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "139" + Random.Shared.Next(10000000, 99999999), content: content);
        if (areaCode is not null)
        {
            var areas = await app.WithScopeAsync(sp => sp.GetRequiredService<IAreaDirectory>().ActiveAreasAsync());
            input = input with { AreaId = areas.Single(a => a.Code == areaCode).Id };
        }
        var result = await IntakeTestData.RegisterAsync(app, input with { SubmissionKey = Guid.NewGuid() });
        await app.DeliverEventsAsync();
        return result;
    }

    public static Task<Guid> UnitAsync(HotlineAppFactory app, string code) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code))?.Id
            ?? throw new InvalidOperationException($"No unit {code}."));

    public static Task<DispatchCase> CaseAsync(HotlineAppFactory app, Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DispatchDbContext>().Cases.AsNoTracking().SingleAsync(c => c.CaseId == caseId));

    public static Task<List<Assignment>> AssignmentsAsync(HotlineAppFactory app, Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DispatchDbContext>().Assignments.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync());

    public static async Task<DispatchOutcome> DispatchAsync(HotlineAppFactory app, Guid caseId, Guid? lead, Guid[]? co = null,
        string user = "dispatcher", string? reason = null, string? note = null)
    {
        var version = (await CaseAsync(app, caseId)).Version;
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<CaseDispatching>()
            .DispatchAsync(new DispatchInput(caseId, lead, co ?? [], note, version, reason)));
    }

    public static Task<int> OutboxCountAsync(HotlineAppFactory app, Guid caseId, string eventName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Outbox
            .CountAsync(m => m.EventType.EndsWith("." + eventName) && m.Payload.Contains(caseId.ToString())));

    /// <summary>Puts a case in a state another part of Dispatch (returns) would put it in.</summary>
    public static Task SetStateAsync(HotlineAppFactory app, Guid caseId, DispatchState state, int approvedReturns = 0) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DispatchDbContext>();
            var c = await db.Cases.SingleAsync(x => x.CaseId == caseId);
            // Test arrangement only: the row as returns would leave it, without running them.
            db.Entry(c).Property(x => x.State).CurrentValue = state;
            db.Entry(c).Property(x => x.ApprovedReturns).CurrentValue = approvedReturns;
            await db.SaveChangesAsync();
        });
}
