using Hotline.Dispatch.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Calendar;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Handling;

/// <summary>A case registered through Intake and dispatched "by Dispatch" as an injected event, the way Handling receives it.</summary>
internal sealed record DispatchedCase(Guid CaseId, string CaseNumber, Guid LeadId, Guid? CoId, DateTime DispatchedAtUtc, CaseDispatched Event);

internal static class HandlingTestData
{
    public static Task<Guid> UnitIdAsync(HotlineAppFactory app, string code) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code))!.Id);

    /// <summary>
    /// Registers a complaint (about the unit <paramref name="subjectCode"/> when given) and dispatches it to 住建局 as lead and,
    /// unless told otherwise, 市场监管局 as co-handling.
    /// </summary>
    public static async Task<DispatchedCase> DispatchAsync(HotlineAppFactory app, string phone, bool withCo = true, bool confidential = false,
        string leadCode = "ZJJ", bool callerReachable = true, IReadOnlyList<Hotline.Platform.Attachments.StagedAttachment>? attachments = null,
        string? content = null, string? subjectCode = null)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: phone, content: content ?? $"小区电梯停运多日无人维修，来电号码{phone}");
        var subject = subjectCode is null ? (Guid?)null : await UnitIdAsync(app, subjectCode);
        var registered = await IntakeTestData.RegisterAsync(app, input with
        {
            IsConfidential = confidential, SubjectUnitId = subject, Attachments = attachments ?? input.Attachments,
        });
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var calendar = app.Service<IWorkingCalendar>();
        var completion = (await calendar.DueAfterWorkingDaysAsync(now, 15)).DueUtc;
        var lead = await UnitIdAsync(app, leadCode);
        var terms = new List<AssignmentTerms>
        {
            new(Guid.NewGuid(), lead, AssignmentRole.Lead, null, now.AddHours(8), now.AddHours(24), completion, 15),
        };
        if (withCo)
            terms.Add(new(Guid.NewGuid(), await UnitIdAsync(app, "SCJGJ"), AssignmentRole.CoHandling, null, now.AddHours(8), now.AddHours(24), completion, 15));
        var e = new CaseDispatched(registered.CaseId, registered.CaseNumber, RequestTypeCode.Complaint, input.CategoryId!.Value,
            input.Content ?? "", confidential, subject, callerReachable, terms, "请尽快核实处理", now, "dispatcher", IsReassignment: false);
        await app.PublishAsync(e);
        await app.DeliverEventsAsync();
        await app.WithScopeAsync(sp => RecordInDispatchAsync(sp, e));
        return new DispatchedCase(registered.CaseId, registered.CaseNumber, terms[0].AssignmentId, withCo ? terms[1].AssignmentId : null, now, e);
    }

    /// <summary>
    /// Writes the assignments Dispatch would hold for the injected event, so that what Dispatch answers
    /// for the case (which units are on it, for the caller's identity and the case page) matches.
    /// </summary>
    public static async Task RecordInDispatchAsync(IServiceProvider services, CaseDispatched e)
    {
        var db = services.GetRequiredService<Hotline.Dispatch.Persistence.DispatchDbContext>();
        var dispatchId = Guid.NewGuid();
        db.Assignments.AddRange(e.Assignments.Select(t => new Hotline.Dispatch.Domain.Assignment
        {
            Id = t.AssignmentId, CaseId = e.CaseId, DispatchId = dispatchId, UnitId = t.UnitId, Role = t.Role,
            ParentAssignmentId = t.ParentAssignmentId, DispatchedAtUtc = e.DispatchedAtUtc, DispatchedBy = e.DispatchedBy,
            SignForDueUtc = t.SignForDueUtc, FirstContactDueUtc = t.FirstContactDueUtc, CompletionDueUtc = t.CompletionDueUtc,
            CompletionWorkingDays = t.CompletionWorkingDays, ReturnWindowEndsUtc = e.DispatchedAtUtc.AddDays(1),
        }));
        await db.SaveChangesAsync();
    }

    public static Task<HandlingAssignment> AssignmentAsync(HotlineAppFactory app, Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Assignments.AsNoTracking().SingleAsync(a => a.Id == id));

    public static Task<Guid> VersionAsync(HotlineAppFactory app, Guid id) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<HandlingDbContext>().Assignments.AsNoTracking().SingleAsync(a => a.Id == id)).Version);
}
