using Hotline.Evaluation.Contracts;
using Hotline.Platform.Calendar;
using Hotline.Handling.Settings;

namespace Hotline.Handling.Redo;

/// <summary>
/// 重办: Evaluation sent the case back; the lead assignment enters the redo round with the reason and
/// a new completion deadline (the configured redo limit, by default the original limit). The one
/// extension an assignment may have is not given back.
/// </summary>
internal sealed class RedoRequestedHandler(HandlingDbContext context, TimeProvider clock, IWorkingCalendar calendar, HandlingSettingsService settings, HandlingLive live)
    : InboxEventHandler<RedoRequested, HandlingDbContext>(context, clock)
{
    protected override async Task ApplyAsync(RedoRequested e, CancellationToken cancellationToken)
    {
        var assignment = await Context.Assignments.FirstOrDefaultAsync(a => a.Id == e.LeadAssignmentId, cancellationToken)
            ?? throw new InvalidOperationException($"Redo for unknown lead assignment {e.LeadAssignmentId} of case {e.CaseNumber}.");
        // An older or repeated round is already past; a unit no longer on the case (returned, reassigned) must not be reopened.
        if (!assignment.AcceptsRedo(e.Round))
            return;

        var now = Clock.GetUtcNow().UtcDateTime;
        var days = (await settings.GetAsync(cancellationToken)).RedoWorkingDays ?? assignment.CompletionWorkingDays;
        var due = await calendar.DueAfterWorkingDaysAsync(now, Math.Max(1, days), cancellationToken);
        assignment.Redo(e.Round, e.Reason, due.DueUtc);
        // Evaluation's 发回重办 is the agent's act; this step is what it sets for the unit: the round and the new limit.
        Context.AddTimeline(assignment, Actor.System, now, "重办下达",
            $"第{e.Round}次重办：{e.Reason}；办结时限 {ChinaTime.Format(due.DueUtc)}", due.DueUtc);
        Context.Publish(new RedoStarted(assignment.Id, assignment.CaseId, assignment.UnitId, e.Round, due.DueUtc, now), Clock);
        Context.Audit(Actor.System, Clock, "发回重办", "HandlingAssignment", assignment.Id.ToString(), $"{e.CaseNumber} 第{e.Round}次");
        // The base class saves after this method; open pages refresh once the change is committed.
        await live.PublishAfterSaveAsync(Context, [assignment.UnitId], cancellationToken);
    }
}
