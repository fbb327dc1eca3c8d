using Hotline.Platform.Notifications.Sms;

namespace Hotline.Evaluation.OnlineRatings;

/// <summary>发送评价链接: a single-use link by SMS, for callers who prefer to rate online.</summary>
internal sealed class RatingLinks(
    IDbContextFactory<EvaluationDbContext> contexts,
    AccessGate gate,
    EvaluationSettingsService settings,
    ICallerIdentity callers,
    NotificationSecrets secrets,
    SmsTemplates smsTemplates,
    TimeProvider clock)
{
    public const string RevealPurpose = "发送评价短信";

    /// <param name="siteBaseUri">The address the agent's browser uses, taken when no public address is configured.</param>
    /// <returns>When the link expires.</returns>
    public async Task<DateTime> SendAsync(Guid caseId, string siteBaseUri, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(EvaluationRoles.Revisitors);
        var s = await settings.GetAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.FirstOrDefaultAsync(x => x.CaseId == caseId, cancellationToken)
            ?? throw new BusinessRuleException("回访工单不存在。");
        if (c.State != RevisitState.AwaitingRevisit)
            throw new BusinessRuleException(RevisitRecording.StateProblem(c) ?? "只有待回访的工单可以发送评价链接。");
        // The reveal is audited by Intake with its purpose; the number itself is kept only in the SMS queue.
        var caller = await callers.RevealAsync(caseId, RevealPurpose, cancellationToken);
        if (caller.Phone is not { Length: > 0 } phone || caller.PhoneMasked)
            throw new BusinessRuleException("诉求人未留电话号码，无法发送评价短信。");

        var now = clock.GetUtcNow().UtcDateTime;
        // One live link per case: a new SMS makes the earlier links of the case stop working.
        var earlier = await db.Links.Where(l => l.CaseId == caseId && l.UsedAtUtc == null && l.ExpiresAtUtc > now).ToListAsync(cancellationToken);
        foreach (var old in earlier)
            old.Withdraw(now);
        var token = RatingTokens.NewToken();
        var link = RatingLink.Issue(caseId, c.Round, RatingTokens.Hash(token), now, s.RatingLinkValidHours, actor.UserName);
        db.Links.Add(link);
        var baseUrl = (string.IsNullOrWhiteSpace(s.PublicBaseUrl) ? siteBaseUri : s.PublicBaseUrl).TrimEnd('/');
        // The token is the link's only key: the stored SMS keeps a placeholder, the token is filled in at send time.
        var url = $"{baseUrl}/public/rate/{NotificationSecrets.Placeholder}";
        var text = await smsTemplates.RenderAsync(EvaluationSms.RatingInvitation.Key, new Dictionary<string, string>
        {
            ["caseNumber"] = c.CaseNumber, ["link"] = url, ["validHours"] = s.RatingLinkValidHours.ToString(),
        }, cancellationToken);
        secrets.QueueSms(db, phone, EvaluationSms.RatingInvitation.Name, text, token, clock);
        db.Step(caseId, actor, clock, "发送评价链接", $"短信发送至 {PhoneMask.Mask(phone)}", dueUtc: link.ExpiresAtUtc);
        db.Audit(actor, clock, "发送评价链接", "Case", c.CaseNumber, $"有效期至 {Hotline.Platform.Time.ChinaTime.Format(link.ExpiresAtUtc)}");
        await db.SaveChangesAsync(cancellationToken);
        return link.ExpiresAtUtc;
    }
}
