using System.Linq.Expressions;
using Hotline.Platform.Time;
using Microsoft.EntityFrameworkCore.Query;

namespace Hotline.Knowledge.Usage;

/// <summary>Adds to an article's running totals and to its day's counts, with one UPDATE each, so concurrent readers never lose a count.</summary>
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
        var day = ChinaTime.DateOf(now);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
            return;
        await AddToAsync(db, db.Usage.Where(u => u.ArticleId == articleId),
            uses > 0
                ? s => s.SetProperty(u => u.AnswerUses, u => u.AnswerUses + uses).SetProperty(u => u.LastUsedAtUtc, now)
                : s => s.SetProperty(u => u.Views, u => u.Views + views),
            () => new ArticleUsage { ArticleId = articleId, Views = views, AnswerUses = uses, LastUsedAtUtc = uses > 0 ? now : null }, cancellationToken);
        await AddToAsync(db, db.UsageDays.Where(d => d.ArticleId == articleId && d.Day == day),
            s => s.SetProperty(d => d.Views, d => d.Views + views).SetProperty(d => d.AnswerUses, d => d.AnswerUses + uses),
            () => new ArticleUsageDay { ArticleId = articleId, Day = day, Views = views, AnswerUses = uses }, cancellationToken);
    }

    private static async Task AddToAsync<T>(KnowledgeDbContext db, IQueryable<T> row, Expression<Func<SetPropertyCalls<T>, SetPropertyCalls<T>>> add,
        Func<T> first, CancellationToken cancellationToken) where T : class
    {
        for (var attempt = 0; attempt < 2; attempt++)
        {
            if (await row.ExecuteUpdateAsync(add, cancellationToken) > 0)
                return;
            try
            {
                db.Add(first());
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
