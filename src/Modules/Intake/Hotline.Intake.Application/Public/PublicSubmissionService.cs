using Hotline.Platform.Security;

namespace Hotline.Intake.Public;

internal sealed record PublicSubmissionResult(string CaseNumber, string QueryCode);

/// <summary>Online submissions from the public: checked, throttled, screened for abuse, registered as 待受理.</summary>
internal sealed class PublicSubmissionService(
    CaseRegistration registration,
    IntakeSettingsService settings,
    PublicChallenge challenge,
    PublicSubmitLimiter limiter,
    PublicSmsLimiter smsLimiter,
    SubmissionScreening screening,
    IDbContextFactory<IntakeDbContext> contexts,
    TimeProvider clock)
{
    /// <summary>One message for every limit, whether it was the address or the phone number that reached it.</summary>
    public const string Throttled = "提交过于频繁，请稍后再试。如情况紧急请拨打 12345。";

    public async Task<PublicSubmissionResult> SubmitAsync(RegistrationInput input, string? ipAddress, string? challengeToken, string? challengeAnswer,
        CancellationToken cancellationToken = default)
    {
        if (!challenge.Verify(challengeToken, challengeAnswer))
            throw new BusinessRuleException("验证题答案不正确或已过期，请重新作答。");
        if (string.IsNullOrWhiteSpace(input.CallerPhone))
            throw new BusinessRuleException("请填写手机号码，以便接收工单号和办理结果。");
        var options = await settings.GetAsync(cancellationToken);
        if (!await limiter.TryHitAsync($"submit:{ClientAddress.Key(ipAddress)}", options.PublicSubmissionsPerIpPerHour))
            throw new BusinessRuleException(Throttled);

        await screening.RefuseBlockedWordsAsync(input, ipAddress, cancellationToken);

        // Each submission texts the number entered. The SMS counter holds even when the cases it counted were later
        // merged or changed; both refuse with the address limit's words, so nobody learns how often a number filed.
        var phone = PhoneNumberRules.Normalize(input.CallerPhone);
        var smsKey = $"sms:{phone}";
        if (await smsLimiter.IsLimitedAsync(smsKey, options.PublicSubmissionsPerPhonePerDay)
            || await SubmissionsTodayAsync(phone, cancellationToken) >= options.PublicSubmissionsPerPhonePerDay)
            throw new BusinessRuleException(Throttled);

        // A form posted without a readable key would share the empty one with every other such form, and a replay
        // hands back the earlier case's number: a stranger's. Each gets a key of its own instead.
        var publicInput = input with
        {
            SubmissionKey = input.SubmissionKey == Guid.Empty ? Guid.NewGuid() : input.SubmissionKey,
            Channel = Channel.Website, Urgency = Urgency.Normal, IsAnonymous = string.IsNullOrWhiteSpace(input.CallerName),
        };
        var actor = new Actor(null, "网上提交", ipAddress);
        var result = await registration.RegisterAsync(publicInput, decision: null, actor, queueSms: true, cancellationToken);
        await smsLimiter.RecordAsync(smsKey);
        return new PublicSubmissionResult(result.CaseNumber, result.QueryCode ?? "");
    }

    private async Task<int> SubmissionsTodayAsync(string phone, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-1);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.CountAsync(c => c.CallerPhone == phone && c.Channel == Channel.Website && c.RegisteredAtUtc >= since, cancellationToken);
    }
}
