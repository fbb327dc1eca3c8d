using Hotline.Platform.Messaging;

namespace Hotline.Intake.Merging;

/// <summary>
/// 并单: a request about a problem already open is kept on that case. Each merge only inserts its own
/// request row and timeline entry, never rewrites the target case, so two agents merging into the same
/// case at once both succeed and no request is lost.
/// </summary>
internal sealed class CaseMerging(TimeProvider clock)
{
    public async Task<IntakeCase> LoadOpenTargetAsync(IntakeDbContext db, Guid targetCaseId, CancellationToken cancellationToken)
    {
        var target = await db.Cases.FirstOrDefaultAsync(c => c.Id == targetCaseId, cancellationToken)
            ?? throw new BusinessRuleException("要并入的工单不存在。");
        target.RequireOpenForMerge();
        return target;
    }

    /// <summary>Adds a new request (not yet a case) to an open case.</summary>
    public void AddRequest(IntakeDbContext db, IntakeCase target, RegistrationInput input, Actor actor, Guid? sourceCaseId, string? sourceNumber)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var request = new CaseRequest
        {
            CaseId = target.Id,
            SubmissionKey = input.SubmissionKey,
            Channel = input.Channel,
            Content = input.Content ?? "",
            CallerName = input.CallerName ?? "",
            CallerPhone = input.CallerPhone,
            IsOriginal = false,
            ReceivedAtUtc = now,
            ReceivedBy = actor.UserName,
        };
        db.Requests.Add(request);
        var from = sourceNumber is null ? "" : $"（原工单 {sourceNumber}）";
        var call = input.CallId is null ? "" : $"（来电 {input.CallId}）";
        db.AddTimeline(target.Id, actor, now, "并单", $"并入{input.Channel.DisplayName()}诉求{from}{call}：{input.Content}", "收到同一问题的新诉求，已合并办理");
        db.Publish(new CaseMerged(target.Id, target.Number, request.Id, sourceCaseId), clock);
        db.Audit(actor, clock, "并单", "Case", target.Number, sourceNumber);
    }
}
