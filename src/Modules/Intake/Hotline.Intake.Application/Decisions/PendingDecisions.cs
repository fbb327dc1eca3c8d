using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;

namespace Hotline.Intake.Decisions;

/// <summary>Decides cases that arrived without a decision (online submissions, 待受理).</summary>
internal sealed class PendingDecisions(
    IDbContextFactory<IntakeDbContext> contexts,
    DecisionApplier decisions,
    CaseMerging merging,
    IntakeAccess access,
    Hotline.Platform.Notifications.LiveUpdates live,
    TimeProvider clock)
{
    public async Task<CaseStatus> DecideAsync(Guid caseId, Guid expectedVersion, IntakeDecision decision, CancellationToken cancellationToken = default)
    {
        var actor = await access.RequireAsync(IntakeAccess.Registrars);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var @case = await db.Cases.FirstOrDefaultAsync(c => c.Id == caseId, cancellationToken)
            ?? throw new BusinessRuleException("工单不存在。");
        @case.RequireAwaitingDecision();
        db.Entry(@case).Property(c => c.Version).OriginalValue = expectedVersion;

        if (decision is IntakeDecision.MergeInto merge)
        {
            IntakeCase.MergeNotIntoItself.Require(merge.TargetCaseId != @case.Id);
            var target = await merging.LoadOpenTargetAsync(db, merge.TargetCaseId, cancellationToken);
            var request = await db.Requests.AsNoTracking().FirstAsync(r => r.CaseId == @case.Id && r.IsOriginal, cancellationToken);
            merging.AddRequest(db, target, new RegistrationInput
            {
                // A new key: the original request stays on the merged case as its record.
                SubmissionKey = Guid.NewGuid(),
                Channel = request.Channel, Content = request.Content, CallerName = request.CallerName, CallerPhone = request.CallerPhone,
            }, actor, @case.Id, @case.Number);
            @case.MergeInto(target, clock.GetUtcNow().UtcDateTime, actor.UserName);
            db.AddTimeline(@case.Id, actor, @case.ClosedAtUtc!.Value, "并单", $"并入工单 {target.Number}", $"您的诉求已并入工单 {target.Number} 一并办理");
        }
        else
        {
            await decisions.ApplyAsync(db, @case, decision, actor, cancellationToken);
        }

        await db.SaveOrConflictAsync("该工单已被其他话务员处理，请刷新后查看。", cancellationToken);
        live.Publish(IntakeToday.LiveTopic);
        return @case.Status;
    }
}
