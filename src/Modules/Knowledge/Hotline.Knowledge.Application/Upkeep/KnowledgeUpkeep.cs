using Hotline.Intake.Contracts;
using Hotline.Knowledge.Settings;
using Hotline.Platform.Time;

namespace Hotline.Knowledge.Upkeep;

internal sealed record UpkeepArticle(Guid Id, string Title, DateOnly? ExpiresOn, DateTime UpdatedAtUtc);

/// <summary>A category the unit answers for whose requests rose while it has little knowledge on it, with the counts behind it.</summary>
internal sealed record KnowledgeToAdd(Guid CategoryId, string Category, int Recent, int Before, int Articles);

internal sealed record UpkeepView(IReadOnlyList<UpkeepArticle> Expiring, IReadOnlyList<UpkeepArticle> Stale, int StaleMonths, IReadOnlyList<KnowledgeToAdd> ToAdd);

/// <summary>
/// 知识维护提醒 for the owning unit: its published articles that expire within 30 days or were not touched for the
/// configured months, and "knowledge to add" — categories it is the default unit for whose case count in the last 30
/// days rose sharply over the 30 before (at least 5 and half again as many) while it has at most 2 articles there.
/// </summary>
internal sealed class KnowledgeUpkeep(
    IDbContextFactory<KnowledgeDbContext> contexts,
    KnowledgeSettingsService settings,
    ICaseStatistics cases,
    ICategoryCatalog catalog,
    AccessGate gate,
    TimeProvider clock)
{
    public const int ExpiringDays = 30;
    public const int WindowDays = 30;
    public const int MinRecentCases = 5;
    public const double RiseFactor = 1.5;
    public const int FewArticles = 2;

    public async Task<UpkeepView> ForMyUnitAsync(CancellationToken ct = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var months = (await settings.GetAsync(ct)).StaleMonths;
        var staleBefore = now.AddMonths(-months);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var published = db.Articles.AsNoTracking().Where(a => a.UnitId == unitId && a.Status == ArticleStatus.Published);
        var expiring = await published.Where(a => a.ExpiresOn != null && a.ExpiresOn >= today && a.ExpiresOn <= today.AddDays(ExpiringDays))
            .OrderBy(a => a.ExpiresOn).Select(a => new UpkeepArticle(a.Id, a.Title, a.ExpiresOn, a.UpdatedAtUtc)).ToListAsync(ct);
        var stale = await published.Where(a => a.UpdatedAtUtc < staleBefore)
            .OrderBy(a => a.UpdatedAtUtc).Take(100).Select(a => new UpkeepArticle(a.Id, a.Title, a.ExpiresOn, a.UpdatedAtUtc)).ToListAsync(ct);

        var mine = (await catalog.ActiveCategoriesAsync(ct)).Where(c => c.DefaultUnitId == unitId).ToList();
        var toAdd = new List<KnowledgeToAdd>();
        if (mine.Count > 0)
        {
            var dayEnd = ChinaTime.EndOfDayUtc(today);
            var recent = await cases.PerCategoryAsync(dayEnd.AddDays(-WindowDays), dayEnd, ct);
            var before = await cases.PerCategoryAsync(dayEnd.AddDays(-2 * WindowDays), dayEnd.AddDays(-WindowDays), ct);
            var ids = mine.Select(c => c.Id).ToList();
            var articles = await db.Articles.AsNoTracking()
                .Where(a => a.UnitId == unitId && ids.Contains(a.CategoryId) && a.Status == ArticleStatus.Published)
                .GroupBy(a => a.CategoryId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(x => x.Key, x => x.Count, ct);
            foreach (var c in mine)
            {
                var (r, b, n) = (recent.GetValueOrDefault(c.Id), before.GetValueOrDefault(c.Id), articles.GetValueOrDefault(c.Id));
                if (r >= MinRecentCases && r >= RiseFactor * b && n <= FewArticles)
                    toAdd.Add(new KnowledgeToAdd(c.Id, c.PathName, r, b, n));
            }
        }
        return new UpkeepView(expiring, stale, months, [.. toAdd.OrderByDescending(t => t.Recent - t.Before)]);
    }
}
