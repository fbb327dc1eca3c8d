using Hotline.Platform.Security;
using Hotline.Intake.Contracts;
using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Intake.Public;

internal sealed record PublicStep(DateTime AtUtc, string Text);

/// <summary>What a caller sees of their case: status and public steps — no internal notes, no staff, no personal data.</summary>
internal sealed record PublicProgress(string CaseNumber, CaseStatus Status, DateTime RegisteredAtUtc, IReadOnlyList<PublicStep> Steps);

internal sealed class ProgressLookup(IDbContextFactory<IntakeDbContext> contexts, PublicRateLimiter limiter)
{
    public const string UniformFailure = "工单号或查询码不正确，请核对后重试。";

    /// <param name="code">The query code from the SMS, or the last four digits of the caller's phone.</param>
    public async Task<PublicProgress> FindAsync(string? caseNumber, string? code, string? ipAddress, CancellationToken cancellationToken = default)
    {
        // Every attempt counts, right or wrong, so guessing is slow whatever the answers.
        if (!limiter.TryHit($"lookup:{ClientAddress.Key(ipAddress)}", 20, TimeSpan.FromMinutes(15)))
            throw new BusinessRuleException("查询过于频繁，请 15 分钟后再试。");
        var number = caseNumber?.Trim().ToUpperInvariant() ?? "";
        var secret = code?.Trim() ?? "";
        if (number.Length == 0 || secret.Length == 0)
            throw new BusinessRuleException("请填写工单号和查询码（或手机号后四位）。");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.Number == number, cancellationToken);
        if (c is null || !Matches(c, secret))
            throw new BusinessRuleException(UniformFailure);
        var steps = await db.Timeline.AsNoTracking().Where(t => t.CaseId == c.Id && t.IsPublic)
            .OrderBy(t => t.AtUtc).ThenBy(t => t.Id)
            .Select(t => new PublicStep(t.AtUtc, t.PublicText!))
            .ToListAsync(cancellationToken);
        return new PublicProgress(c.Number, c.Status, c.RegisteredAtUtc, steps);
    }

    private static bool Matches(IntakeCase c, string secret) =>
        QueryCode.Matches(c.Number, secret, c.QueryCodeHash)
        || (secret.Length == 4 && secret.All(char.IsAsciiDigit) && c.CallerPhone is { Length: >= 4 } phone && phone.EndsWith(secret, StringComparison.Ordinal));
}
