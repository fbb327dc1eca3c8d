using Hotline.Platform.Slots;

namespace Hotline.Knowledge.Gaps;

/// <summary>
/// 知识缺失待处理 on a unit's home page: the open gaps of the viewer's own unit (never another's), the nearest due time
/// first, each one click from its row on /knowledge/unit.
/// </summary>
internal sealed class GapWorkItems(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate, TimeProvider clock) : IWorkItemSource
{
    public const string Kind = "知识缺失待处理";

    public async Task<WorkItemBatch> TakeAsync(int max, CancellationToken cancellationToken = default)
    {
        if (!await gate.IsInAnyRoleAsync(KnowledgeAccess.Authors) || await gate.UnitIdAsync() is not { } unitId)
            return WorkItemBatch.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Open only: a declined gap waits for a KnowledgeEditor, not for the unit.
        var open = db.Gaps.AsNoTracking().Where(g => g.UnitId == unitId && g.Status == GapStatus.Open);
        var total = await open.CountAsync(cancellationToken);
        if (total == 0)
            return WorkItemBatch.Empty;
        var gaps = await open.OrderBy(g => g.DueUtc).ThenBy(g => g.Id).Take(Math.Max(1, max)).ToListAsync(cancellationToken);
        var articleIds = gaps.Where(g => g.ArticleId != null).Select(g => g.ArticleId!.Value).Distinct().ToList();
        // Titles only: an article row carries its whole body, and this runs on every unit user's home page.
        var titles = await db.Articles.AsNoTracking().Where(a => articleIds.Contains(a.Id)).Select(a => new { a.Id, a.Title })
            .ToDictionaryAsync(a => a.Id, a => a.Title, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var items = gaps.Select(g => new WorkItem(Kind, g.CaseNumber ?? "知识库", Summary(g, g.ArticleId is { } a ? titles.GetValueOrDefault(a) : null),
            g.DueUtc, g.IsOverdueAt(now), Href(g.Id), "处理", SinceUtc: g.ReportedAtUtc)).ToList();
        return new WorkItemBatch(items, [new WorkItemCount(Kind, total, "/knowledge/unit#gaps")]);
    }

    public static string Href(Guid gapId) => $"/knowledge/unit?gap={gapId}#gaps";

    private const int SummaryMax = 80;

    private static string Summary(KnowledgeGap gap, string? title)
    {
        var text = title is null ? $"{gap.Kind.DisplayName()}：{gap.Description}" : $"{gap.Kind.DisplayName()}《{title}》：{gap.Description}";
        return text.Length > SummaryMax ? text[..(SummaryMax - 1)] + "…" : text;
    }
}
