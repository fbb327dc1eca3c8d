namespace Hotline.Knowledge.Shared;

/// <summary>One line of an article list (the unit's list, the review queue).</summary>
internal sealed record ArticleRow(Guid Id, string Title, Guid UnitId, Guid CategoryId, ArticleStatus Status, int? PublishedVersionNumber,
    bool IsPublic, DateOnly? ExpiresOn, DateTime UpdatedAtUtc, string UpdatedBy, DateTime? SubmittedAtUtc, string? SubmittedBy,
    string? FirstApprovedBy, string? ReviewNote, Guid Version);

internal sealed record ArticlePage(IReadOnlyList<ArticleRow> Rows, int Total);

/// <summary>Filter, sort and page of a list; the server does all three.</summary>
internal sealed record ArticleFilter
{
    public string? Keyword { get; init; }
    public ArticleStatus? Status { get; init; }
    public Guid? CategoryId { get; init; }
    public Guid? UnitId { get; init; }
    /// <summary>Column name: Title, Status, UpdatedAt, SubmittedAt; anything else sorts by the last change.</summary>
    public string? SortBy { get; init; }
    public bool Descending { get; init; } = true;
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}

internal static class ArticleRowQuery
{
    public static async Task<ArticlePage> PageAsync(this IQueryable<Article> query, ArticleFilter filter, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(filter.Keyword))
        {
            var keyword = filter.Keyword.Trim();
            query = query.Where(a => a.Title.Contains(keyword) || (a.Keywords != null && a.Keywords.Contains(keyword)));
        }
        if (filter.Status is { } status)
            query = query.Where(a => a.Status == status);
        if (filter.CategoryId is { } category)
            query = query.Where(a => a.CategoryId == category);
        if (filter.UnitId is { } unit)
            query = query.Where(a => a.UnitId == unit);
        var total = await query.CountAsync(cancellationToken);
        IOrderedQueryable<Article> ordered = (filter.SortBy, filter.Descending) switch
        {
            ("Title", false) => query.OrderBy(a => a.Title),
            ("Title", true) => query.OrderByDescending(a => a.Title),
            ("Status", false) => query.OrderBy(a => a.Status).ThenByDescending(a => a.UpdatedAtUtc),
            ("Status", true) => query.OrderByDescending(a => a.Status).ThenByDescending(a => a.UpdatedAtUtc),
            ("SubmittedAt", false) => query.OrderBy(a => a.SubmittedAtUtc),
            ("SubmittedAt", true) => query.OrderByDescending(a => a.SubmittedAtUtc),
            (_, false) => query.OrderBy(a => a.UpdatedAtUtc),
            _ => query.OrderByDescending(a => a.UpdatedAtUtc),
        };
        var rows = await ordered.ThenBy(a => a.Id).Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, 200))
            .Select(a => new ArticleRow(a.Id, a.Title, a.UnitId, a.CategoryId, a.Status, a.PublishedVersionNumber, a.IsPublic, a.ExpiresOn,
                a.UpdatedAtUtc, a.UpdatedBy, a.SubmittedAtUtc, a.SubmittedBy, a.FirstApprovedBy, a.ReviewNote, a.Version))
            .ToListAsync(cancellationToken);
        return new ArticlePage(rows, total);
    }
}
