using Hotline.Intake.Contracts;
using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Intake.Decisions;

/// <summary>
/// Applies an acceptance decision to a case that is new or waiting for acceptance: status, decision
/// fields, timeline, the integration event and the audit entry, all in the caller's unit of work.
/// Merging is handled by <see cref="CaseMerging"/>.
/// </summary>
internal sealed class DecisionApplier(TimeProvider clock)
{
    public async Task ApplyAsync(IntakeDbContext db, IntakeCase @case, IntakeDecision decision, Actor actor, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        @case.DecidedAtUtc = now;
        @case.DecidedBy = actor.UserName;
        switch (decision)
        {
            case IntakeDecision.Accept:
                @case.Status = CaseStatus.Accepted;
                db.AddTimeline(@case.Id, actor, now, "受理", "已受理，等待派单", "您的诉求已受理，正在转交承办单位");
                db.Publish(new CaseAccepted(@case.Id, @case.Number, @case.RequestType, @case.CategoryId, @case.AreaId, @case.Urgency,
                    @case.IsConfidential, @case.SubjectUnitId, Summarize(@case.Content), @case.RegisteredAtUtc)
                {
                    CallerReachable = !string.IsNullOrWhiteSpace(@case.CallerPhone),
                }, clock);
                break;

            case IntakeDecision.AnswerOnSpot answer:
                var text = Require(answer.Answer, "请填写答复内容。", 2000);
                Close(@case, CaseStatus.AnsweredAtIntake, now);
                @case.DecisionText = text;
                db.AddTimeline(@case.Id, actor, now, "直接答复", text, "已当场答复：" + text);
                db.Publish(new CaseClosedAtIntake(@case.Id, @case.Number, CaseStatus.AnsweredAtIntake, "直接答复", EligibleForIntakeRating: true), clock);
                break;

            case IntakeDecision.NotAccept refuse:
                var reason = await db.NonAcceptanceReasons.AsNoTracking()
                    .FirstOrDefaultAsync(r => r.Code == refuse.ReasonCode && r.IsActive, cancellationToken)
                    ?? throw new BusinessRuleException("请选择有效的不予受理原因。");
                var basis = Require(refuse.Basis, "请填写不予受理的依据。", 1000);
                var guidance = Require(refuse.Guidance, "请填写告知诉求人的办理途径（可向哪个部门反映）。", 1000);
                Close(@case, CaseStatus.NotAccepted, now);
                @case.DecisionReasonCode = reason.Code;
                @case.DecisionBasis = basis;
                @case.DecisionGuidance = guidance;
                db.AddTimeline(@case.Id, actor, now, "不予受理", $"{reason.Name}；依据：{basis}；告知：{guidance}", $"不予受理：{reason.Name}。{guidance}");
                db.Publish(new CaseClosedAtIntake(@case.Id, @case.Number, CaseStatus.NotAccepted, reason.Name, EligibleForIntakeRating: true), clock);
                break;

            case IntakeDecision.EmergencyTransfer transfer:
                Close(@case, CaseStatus.EmergencyTransferred, now);
                @case.EmergencyLine = transfer.Line;
                db.AddTimeline(@case.Id, actor, transfer.TransferredAtUtc, "紧急转接", $"已转接 {transfer.Line.DisplayName()}", $"已为您转接 {transfer.Line.DisplayName()}");
                db.Publish(new CaseClosedAtIntake(@case.Id, @case.Number, CaseStatus.EmergencyTransferred, transfer.Line.DisplayName(), EligibleForIntakeRating: false), clock);
                break;

            case IntakeDecision.Invalid invalid:
                Close(@case, CaseStatus.Invalid, now);
                @case.DecisionText = invalid.Note?.Trim();
                db.AddTimeline(@case.Id, actor, now, "无效来电", string.IsNullOrWhiteSpace(invalid.Note) ? "骚扰或无实质内容" : invalid.Note.Trim());
                db.Publish(new CaseClosedAtIntake(@case.Id, @case.Number, CaseStatus.Invalid, "无效来电", EligibleForIntakeRating: false), clock);
                break;

            default:
                throw new InvalidOperationException($"Decision {decision.GetType().Name} is not applied here.");
        }
        db.Audit(actor, clock, "受理决定：" + @case.Status.DisplayName(), "Case", @case.Number);
    }

    private static void Close(IntakeCase @case, CaseStatus status, DateTime now)
    {
        @case.Status = status;
        @case.ClosedAtUtc = now;
    }

    private static string Require(string? value, string message, int maxLength)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            throw new BusinessRuleException(message);
        if (text.Length > maxLength)
            throw new BusinessRuleException($"内容不能超过 {maxLength} 个字。");
        return text;
    }

    private static string Summarize(string content) => content.Length <= 100 ? content : content[..100] + "…";
}
