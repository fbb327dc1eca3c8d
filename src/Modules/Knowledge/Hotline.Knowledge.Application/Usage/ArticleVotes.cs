namespace Hotline.Knowledge.Usage;

/// <summary>What the article page shows of its votes: the live version's tallies and the signed-in user's own vote.</summary>
/// <param name="VersionNumber">The live version the votes are about; null when the article has none (nothing to vote on).</param>
/// <param name="Mine">The user's vote on that version: true 有用, false 没用, null none yet.</param>
/// <param name="MayVote">True for center staff; member units see the tallies of knowledge but do not rate it.</param>
internal sealed record VoteState(Guid ArticleId, int? VersionNumber, int Helpful, int NotHelpful, bool? Mine, bool MayVote);

/// <summary>
/// 有用/没用 from the center's staff (agents first) on an article's live version. One vote per user and version: voting
/// again changes it, the same vote twice or two clicks at once leave one row (the unique index decides, not a read).
/// </summary>
internal sealed class ArticleVotes(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate, TimeProvider clock)
{
    /// <summary>The center's roles: they answer callers from the knowledge; units own it and are not asked to grade it.</summary>
    public static readonly string[] Voters = HotlinePolicies.CenterRoles;

    public const string NothingLive = "该知识当前没有在用的版本，不能评价。";

    public async Task<VoteState> StateAsync(Guid articleId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(KnowledgeAccess.Readers);
        var mayVote = await gate.IsInAnyRoleAsync(Voters);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var live = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => a.PublishedVersionNumber).FirstOrDefaultAsync(cancellationToken);
        if (live is not { } number)
            return new VoteState(articleId, null, 0, 0, null, mayVote);
        var (helpful, notHelpful) = await TallyAsync(db, articleId, number, cancellationToken);
        var userId = mayVote ? (await gate.ActorAsync()).UserId : null;
        var mine = userId is null ? null : await db.Votes.AsNoTracking()
            .Where(v => v.ArticleId == articleId && v.VersionNumber == number && v.VoterUserId == userId)
            .Select(v => (bool?)v.Helpful).FirstOrDefaultAsync(cancellationToken);
        return new VoteState(articleId, number, helpful, notHelpful, mine, mayVote);
    }

    /// <summary>The signed-in center user's vote on the live version: a new row, or the user's row of that version changed.</summary>
    public async Task<VoteState> VoteAsync(Guid articleId, bool helpful, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(Voters);
        if (string.IsNullOrEmpty(actor.UserId))
            throw new UnauthorizedAccessException("您的角色无权执行此操作。");
        var userId = actor.UserId;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().Where(a => a.Id == articleId).Select(a => new { a.PublishedVersionNumber }).FirstOrDefaultAsync(cancellationToken)
            ?? throw new BusinessRuleException(KnowledgeLoad.NotFound);
        if (article.PublishedVersionNumber is not { } number)
            throw new BusinessRuleException(NothingLive);
        var now = clock.GetUtcNow().UtcDateTime;
        for (var attempt = 0; attempt < 3; attempt++)
        {
            // MariaDB counts the rows found, SQLite the rows matched: both 1 when the user already voted, whatever the value.
            var changed = await db.Votes.Where(v => v.ArticleId == articleId && v.VersionNumber == number && v.VoterUserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(v => v.Helpful, helpful).SetProperty(v => v.VotedAtUtc, now), cancellationToken);
            if (changed > 0)
                break;
            try
            {
                db.Votes.Add(new ArticleVote { ArticleId = articleId, VersionNumber = number, VoterUserId = userId, Helpful = helpful, VotedAtUtc = now });
                await db.SaveChangesAsync(cancellationToken);
                break;
            }
            catch (DbUpdateException)
            {
                // The same user's other click inserted the row first (unique index): the next round changes that row.
                db.ChangeTracker.Clear();
            }
        }
        var (helpfulCount, notHelpfulCount) = await TallyAsync(db, articleId, number, cancellationToken);
        return new VoteState(articleId, number, helpfulCount, notHelpfulCount, helpful, true);
    }

    private static async Task<(int Helpful, int NotHelpful)> TallyAsync(KnowledgeDbContext db, Guid articleId, int number, CancellationToken cancellationToken)
    {
        var counts = await db.Votes.AsNoTracking().Where(v => v.ArticleId == articleId && v.VersionNumber == number)
            .GroupBy(v => v.Helpful).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return (counts.Where(c => c.Key).Sum(c => c.Count), counts.Where(c => !c.Key).Sum(c => c.Count));
    }
}
