namespace Hotline.Knowledge.Usage;

/// <summary>Adds to an article's counters with one UPDATE each, so concurrent readers never lose a count.</summary>
internal sealed class UsageCounter(IDbContextFactory<KnowledgeDbContext> contexts, TimeProvider clock)
{
    public Task CountViewAsync(Guid articleId, CancellationToken cancellationToken = default) =>
        AddAsync(articleId, views: 1, uses: 0, cancellationToken);

    public Task CountAnswerAsync(Guid articleId, CancellationToken cancellationToken = default) =>
        AddAsync(articleId, views: 0, uses: 1, cancellationToken);

    public async Task<ArticleUsage> OfAsync(Guid articleId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Usage.AsNoTracking().FirstOrDefaultAsync(u => u.ArticleId == articleId, cancellationToken)
            ?? new ArticleUsage { ArticleId = articleId };
    }

    private async Task AddAsync(Guid articleId, int views, int uses, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
            return;
        for (var attempt = 0; attempt < 2; attempt++)
        {
            var row = db.Usage.Where(u => u.ArticleId == articleId);
            var changed = uses > 0
                ? await row.ExecuteUpdateAsync(s => s.SetProperty(u => u.AnswerUses, u => u.AnswerUses + uses).SetProperty(u => u.LastUsedAtUtc, now), cancellationToken)
                : await row.ExecuteUpdateAsync(s => s.SetProperty(u => u.Views, u => u.Views + views), cancellationToken);
            if (changed > 0)
                return;
            try
            {
                db.Usage.Add(new ArticleUsage { ArticleId = articleId, Views = views, AnswerUses = uses, LastUsedAtUtc = uses > 0 ? now : null });
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException)
            {
                // Another reader created the row first: the next round adds to it.
                db.ChangeTracker.Clear();
            }
        }
    }
}
