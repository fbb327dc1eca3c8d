using Hotline.Platform.Security;

namespace Hotline.Intake.Public;

internal sealed record PublicStep(DateTime AtUtc, string Text);

/// <summary>What a caller sees of their case: status and public steps — no internal notes, no staff, no personal data.</summary>
internal sealed record PublicProgress(string CaseNumber, CaseStatus Status, DateTime RegisteredAtUtc, IReadOnlyList<PublicStep> Steps);

internal sealed class ProgressLookup(IDbContextFactory<IntakeDbContext> contexts, PublicLookupLimiter limiter, CaseLookupLockout lockout)
{
    public const int LookupsPerAddress = 20;
    public const string UniformFailure = "工单号或查询码不正确，请核对后重试。";
    public const string LockedOut = "该工单号查询失败次数过多，请 15 分钟后再试。";
    private const int MaxNumberLength = 30;

    /// <param name="code">The query code from the SMS, or the caller's full phone number.</param>
    public async Task<PublicProgress> FindAsync(string? caseNumber, string? code, string? ipAddress, CancellationToken cancellationToken = default)
    {
        // Every attempt counts, right or wrong, so guessing is slow whatever the answers.
        if (!await limiter.TryHitAsync($"lookup:{ClientAddress.Key(ipAddress)}", LookupsPerAddress))
            throw new BusinessRuleException("查询过于频繁，请 15 分钟后再试。");
        var number = caseNumber?.Trim().ToUpperInvariant() ?? "";
        var secret = code?.Trim() ?? "";
        if (number.Length == 0 || secret.Length == 0)
            throw new BusinessRuleException("请填写工单号和查询码（或完整手机号）。");
        if (number.Length > MaxNumberLength || secret.Length > MaxNumberLength)
            throw new BusinessRuleException(UniformFailure);
        // Checked before the database, and the same for numbers that do not exist: the lock reveals nothing.
        if (lockout.IsLocked(number))
            throw new BusinessRuleException(LockedOut);

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Number == number, cancellationToken);
        if (c is null || !Matches(c, secret))
        {
            lockout.RecordFailure(number);
            throw new BusinessRuleException(UniformFailure);
        }
        lockout.RecordSuccess(number);
        var steps = await db.Timeline.AsNoTracking().Where(t => t.CaseId == c.Id && t.IsPublic)
            .OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
            .Select(t => new PublicStep(t.AtUtc, t.PublicText!))
            .ToListAsync(cancellationToken);
        return new PublicProgress(c.Number, c.Status, c.RegisteredAtUtc, steps);
    }

    /// <summary>The query code, or the full phone number as registered — never a part of it: four digits are guessable.</summary>
    private static bool Matches(IntakeCase c, string secret) =>
        QueryCode.Matches(c.Number, secret, c.QueryCodeHash)
        || (c.CallerPhone is { Length: >= 7 } phone && FixedTimeEquals(PhoneNumberRules.Normalize(secret), phone));

    private static bool FixedTimeEquals(string a, string b) =>
        System.Security.Cryptography.CryptographicOperations.FixedTimeEquals(
            System.Text.Encoding.UTF8.GetBytes(a), System.Text.Encoding.UTF8.GetBytes(b));
}
