using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Domain;
using Hotline.Dispatch.Persistence;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Returns.Apply;
using Hotline.Dispatch.Returns.Review;

namespace Hotline.IntegrationTests.Dispatch.Returns;

/// <summary>Dispatched cases, return steps as a given user, and reads of what Dispatch stored, for the return tests.</summary>
internal static class ReturnTestData
{
    public const string Basis = "该小区电梯属特种设备，安全监管由市场监管部门负责，不属于本单位职责。";

    /// <summary>Registers and accepts a complaint through Intake, lets Dispatch queue it, and dispatches it to the given units.</summary>
    public static async Task<Guid> DispatchedCaseAsync(HotlineAppFactory app, string leadCode, params string[] coCodes)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "137" + Random.Shared.Next(10000000, 99999999));
        var registered = await IntakeTestData.RegisterAsync(app, input with { SubmissionKey = Guid.NewGuid() });
        await app.DeliverEventsAsync();
        await DispatchAsync(app, registered.CaseId, leadCode, coCodes);
        return registered.CaseId;
    }

    /// <param name="reason">改派's reason, when the case is with units already.</param>
    public static async Task DispatchAsync(HotlineAppFactory app, Guid caseId, string leadCode, string[]? coCodes = null, string user = "dispatcher",
        string? reason = null)
    {
        var lead = await UnitAsync(app, leadCode);
        var co = new List<Guid>();
        foreach (var code in coCodes ?? [])
            co.Add(await UnitAsync(app, code));
        var version = (await CaseAsync(app, caseId)).Version;
        await app.AsUserAsync(user, sp => sp.GetRequiredService<CaseDispatching>()
            .DispatchAsync(new DispatchInput(caseId, lead, co, "请核实处理", version, reason)));
    }

    public static Task<Guid> UnitAsync(HotlineAppFactory app, string code) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code))?.Id
            ?? throw new InvalidOperationException($"No unit {code}."));

    public static Task<DispatchCase> CaseAsync(HotlineAppFactory app, Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DispatchDbContext>().Cases.AsNoTracking().SingleAsync(c => c.CaseId == caseId));

    public static Task<List<Assignment>> AssignmentsAsync(HotlineAppFactory app, Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DispatchDbContext>().Assignments.AsNoTracking()
            .Where(a => a.CaseId == caseId).OrderBy(a => a.DispatchedAtUtc).ToListAsync());

    /// <summary>The case's active assignment of the unit.</summary>
    public static async Task<Assignment> ActiveAssignmentAsync(HotlineAppFactory app, Guid caseId, string unitCode)
    {
        var unitId = await UnitAsync(app, unitCode);
        return (await AssignmentsAsync(app, caseId)).Single(a => a.UnitId == unitId && a.Status == AssignmentStatus.Active);
    }

    public static Task<ReturnRequest> RequestAsync(HotlineAppFactory app, Guid requestId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DispatchDbContext>().Returns.AsNoTracking().SingleAsync(r => r.Id == requestId));

    /// <summary>The unit applies to return its active assignment of the case, with the version it would see now.</summary>
    public static async Task<Guid> ApplyAsync(HotlineAppFactory app, string user, Guid caseId, string unitCode,
        ReturnReason reason = ReturnReason.NotOurDuty, string basis = Basis)
    {
        var assignment = await ActiveAssignmentAsync(app, caseId, unitCode);
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<ReturnApplications>()
            .ApplyAsync(assignment.Id, assignment.Version, reason, basis));
    }

    public static async Task<ApprovalOutcome> ApproveAsync(HotlineAppFactory app, Guid requestId, string user = "dispatcher")
    {
        var version = (await RequestAsync(app, requestId)).Version;
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<ReturnReviews>().ApproveAsync(requestId, version, null));
    }

    public static async Task RefuseAsync(HotlineAppFactory app, Guid requestId, string? reason = "经核实属于本单位职责范围，请继续办理。", string user = "dispatcher")
    {
        var version = (await RequestAsync(app, requestId)).Version;
        await app.AsUserAsync(user, sp => sp.GetRequiredService<ReturnReviews>().RefuseAsync(requestId, version, reason));
    }

    public static async Task DisputeAsync(HotlineAppFactory app, Guid requestId, string user = "zjj", string? text = "三定方案明确电梯安全监管属市场监管局，请督办员复核。")
    {
        var version = (await RequestAsync(app, requestId)).Version;
        await app.AsUserAsync(user, sp => sp.GetRequiredService<ReturnApplications>().DisputeAsync(requestId, version, text));
    }

    public static async Task<ApprovalOutcome?> DecideDisputeAsync(HotlineAppFactory app, Guid requestId, bool uphold, string user = "supervisor",
        string? note = "经复核，维持原派单。")
    {
        var version = (await RequestAsync(app, requestId)).Version;
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<ReturnReviews>().DecideDisputeAsync(requestId, version, uphold, note));
    }

    public static Task<int> OutboxCountAsync(HotlineAppFactory app, Guid id, string eventName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Outbox
            .CountAsync(m => m.EventType.EndsWith("." + eventName) && m.Payload.Contains(id.ToString())));

    public static Task<List<string>> OutboxPayloadsAsync(HotlineAppFactory app, Guid id, string eventName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Outbox
            .Where(m => m.EventType.EndsWith("." + eventName) && m.Payload.Contains(id.ToString())).Select(m => m.Payload).ToListAsync());

    public static Task<List<DispatchTimelineEntry>> TimelineAsync(HotlineAppFactory app, Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<DispatchDbContext>().Timeline.AsNoTracking()
            .Where(t => t.CaseId == caseId).OrderBy(t => t.AtUtc).ToListAsync());

    /// <summary>A member-unit account of the given unit and role, created once per application through the user admin.</summary>
    public static async Task EnsureUserAsync(HotlineAppFactory app, string userName, string unitCode, string role)
    {
        var exists = await app.WithScopeAsync(async sp => await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync(userName) is not null);
        if (exists)
            return;
        var unitId = await UnitAsync(app, unitCode);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<UserAdmin>()
            .CreateAsync(new NewUser(userName, $"测试{userName}", unitId, role, "Xk9#mPq2wz")));
    }
}
