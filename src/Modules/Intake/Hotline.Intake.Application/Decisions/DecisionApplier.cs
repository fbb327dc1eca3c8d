using Hotline.Platform.Messaging;

namespace Hotline.Intake.Decisions;

/// <summary>
/// Applies an acceptance decision to a case that is new or waiting for acceptance: the case's own
/// decision step, then the timeline, the integration event and the audit entry, all in the caller's unit of work.
/// Merging is handled by <see cref="CaseMerging"/>.
/// </summary>
internal sealed class DecisionApplier(TimeProvider clock)
{
    /// <param name="requestsOnSameMatter">Counted by the caller before it took the numbering lock; counted here when null.</param>
    public async Task ApplyAsync(IntakeDbContext db, IntakeCase @case, IntakeDecision decision, Actor actor, CancellationToken cancellationToken,
        int? requestsOnSameMatter = null)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        switch (decision)
        {
            case IntakeDecision.Accept:
                @case.Accept(now, actor.UserName);
                db.AddTimeline(@case.Id, actor, now, "受理", "已受理，等待派单", "您的诉求已受理，正在转交承办单位");
                db.Publish(new CaseAccepted(@case.Id, @case.Number, @case.RequestType, @case.CategoryId, @case.AreaId, @case.Urgency,
                    @case.IsConfidential, @case.SubjectUnitId, Summarize(@case.Content), @case.RegisteredAtUtc)
                {
                    CallerReachable = !string.IsNullOrWhiteSpace(@case.CallerPhone),
                    RequestsOnSameMatter = requestsOnSameMatter ?? await Repeats.RepeatDetection.RequestsOnSameMatterAsync(db, @case, cancellationToken),
                }, clock);
                break;

            case IntakeDecision.AnswerOnSpot answer:
                var text = @case.AnswerOnSpot(answer.Answer, now, actor.UserName);
                var cited = answer.Article is { } article ? $"（引用知识：《{article.Title}》第 {article.VersionNumber} 版）" : "";
                db.AddTimeline(@case.Id, actor, now, "直接答复", text + cited, PublicAnswer(text));
                db.Publish(new CaseClosedAtIntake(@case.Id, @case.Number, CaseStatus.AnsweredAtIntake, text + cited, EligibleForIntakeRating: true), clock);
                break;

            case IntakeDecision.NotAccept refuse:
                var reason = await db.NonAcceptanceReasons.AsNoTracking()
                    .FirstOrDefaultAsync(r => r.Code == refuse.ReasonCode && r.IsActive, cancellationToken)
                    ?? throw new BusinessRuleException("请选择有效的不予受理原因。");
                @case.RefuseAcceptance(reason.Code, refuse.Basis, refuse.Guidance, now, actor.UserName);
                db.AddTimeline(@case.Id, actor, now, "不予受理", $"{reason.Name}；依据：{@case.DecisionBasis}；告知：{@case.DecisionGuidance}",
                    $"不予受理：{reason.Name}。{@case.DecisionGuidance}");
                db.Publish(new CaseClosedAtIntake(@case.Id, @case.Number, CaseStatus.NotAccepted, $"不予受理：{reason.Name}。告知：{@case.DecisionGuidance}",
                    EligibleForIntakeRating: true), clock);
                break;

            case IntakeDecision.EmergencyTransfer transfer:
                @case.TransferToEmergencyLine(transfer.Line, now, actor.UserName);
                db.AddTimeline(@case.Id, actor, transfer.TransferredAtUtc, "紧急转接", $"已转接 {transfer.Line.DisplayName()}", $"已为您转接 {transfer.Line.DisplayName()}");
                db.Publish(new CaseClosedAtIntake(@case.Id, @case.Number, CaseStatus.EmergencyTransferred, transfer.Line.DisplayName(), EligibleForIntakeRating: false), clock);
                break;

            case IntakeDecision.Invalid invalid:
                var note = @case.MarkInvalid(invalid.Note, now, actor.UserName);
                db.AddTimeline(@case.Id, actor, now, "无效来电", string.IsNullOrWhiteSpace(note) ? "骚扰或无实质内容" : note);
                db.Publish(new CaseClosedAtIntake(@case.Id, @case.Number, CaseStatus.Invalid, "无效来电", EligibleForIntakeRating: false), clock);
                break;

            default:
                throw new InvalidOperationException($"Decision {decision.GetType().Name} is not applied here.");
        }
        db.Audit(actor, clock, "受理决定：" + @case.Status.DisplayName(), "Case", @case.Number);
    }

    /// <summary>The timeline's public text holds 500 characters (an answer may have 2,000): a longer answer is cut there with "…", the case keeps it whole.</summary>
    private const int PublicTextMaxLength = 500;

    private static string PublicAnswer(string answer)
    {
        var text = "已当场答复：" + answer;
        return text.Length <= PublicTextMaxLength ? text : text[..(PublicTextMaxLength - 1)] + "…";
    }

    private static string Summarize(string content) => content.Length <= 100 ? content : content[..100] + "…";
}
