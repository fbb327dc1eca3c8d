using Hotline.Platform.Security;

namespace Hotline.Evaluation.Public;

/// <summary>What the public rating page shows: the case number and the reply's result, nothing personal.</summary>
internal sealed record RatingInvitation(string CaseNumber, bool IntakeOnly, ReplyResult? ReplyResult, string? ReplyText, DateTime ExpiresAtUtc);

/// <summary>
/// The caller's online rating through a single-use link. Every failure of the link itself — unknown,
/// tampered, used, expired, or overtaken by a phone revisit — gets one message, so a guesser learns nothing.
/// </summary>
internal sealed class OnlineRating(
    IDbContextFactory<EvaluationDbContext> contexts,
    EvaluationSettingsService settings,
    RatingRateLimiter limiter,
    LiveUpdates live,
    TimeProvider clock)
{
    public const string UniformFailure = "评价链接无效或已过期。";

    public async Task<RatingInvitation> OpenAsync(string? token, string? ipAddress, CancellationToken cancellationToken = default)
    {
        var s = await settings.GetAsync(cancellationToken);
        await LimitAsync(ipAddress, s);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (link, c) = await FindAsync(db, token, cancellationToken);
        return new RatingInvitation(c.CaseNumber, c.IntakeOnly, c.ReplyResult, c.ReplyText, link.ExpiresAtUtc);
    }

    public async Task SubmitAsync(string? token, string? ipAddress, RevisitInput input, CancellationToken cancellationToken = default)
    {
        var s = await settings.GetAsync(cancellationToken);
        await LimitAsync(ipAddress, s);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (link, c) = await FindAsync(db, token, cancellationToken);
        input = input with { Reach = ReachResult.Reached };
        if (RevisitRules.Validate(input.Reach, input.Resolved, input.IntakeRating, input.HandlingRating, c.IntakeOnly) is { } invalid)
            throw new BusinessRuleException(invalid.Message, invalid.Field);

        var actor = new Actor(null, "诉求人（网上评价）", ipAddress);
        await using var tx = await db.Database.BeginTransactionAsync(cancellationToken);
        // Consuming the link is one conditional update: of two submissions racing, only one finds it unused.
        var now = clock.GetUtcNow().UtcDateTime;
        var consumed = await db.Links.Where(l => l.Id == link.Id && l.UsedAtUtc == null)
            .ExecuteUpdateAsync(u => u.SetProperty(l => l.UsedAtUtc, now), cancellationToken);
        if (consumed == 0)
            throw new BusinessRuleException(UniformFailure);
        await db.ApplyAsync(c, input, RevisitChannel.Online, actor, clock, s, cancellationToken);
        // An agent revisited the case by phone at the same moment: the link no longer applies.
        await db.SaveOrConflictAsync(UniformFailure, cancellationToken);
        await tx.CommitAsync(cancellationToken);
        live.Publish(EvaluationSteps.LiveTopic);
    }

    private async Task LimitAsync(string? ipAddress, EvaluationSettings s)
    {
        // Every request counts, valid or not, so guessing stays slow whatever the answers.
        if (!await limiter.TryHitAsync($"rate:{ClientAddress.Key(ipAddress)}", s.PublicRatingRequestsPerIpPerHour))
            throw new BusinessRuleException("访问过于频繁，请稍后再试。");
    }

    private async Task<(RatingLink Link, RevisitCase Case)> FindAsync(EvaluationDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (!RatingTokens.IsWellFormed(token))
            throw new BusinessRuleException(UniformFailure);
        var hash = RatingTokens.Hash(token!);
        var now = clock.GetUtcNow().UtcDateTime;
        var link = await db.Links.AsNoTracking().FirstOrDefaultAsync(l => l.TokenHash == hash, cancellationToken);
        if (link is null || !link.IsUsable(now))
            throw new BusinessRuleException(UniformFailure);
        var c = await db.Cases.FirstOrDefaultAsync(x => x.CaseId == link.CaseId, cancellationToken);
        if (c is null || c.State != RevisitState.AwaitingRevisit || c.Round != link.Round)
            throw new BusinessRuleException(UniformFailure);
        return (link, c);
    }
}
