namespace Hotline.Knowledge.Usage;

/// <summary>One article's use: reads and answers since it was created, and the votes on its latest published version.</summary>
internal sealed class UsageRow
{
    public Guid ArticleId { get; init; }
    public string Title { get; init; } = "";
    public Guid UnitId { get; init; }
    public Guid CategoryId { get; init; }
    public ArticleStatus Status { get; init; }
    public int? PublishedVersionNumber { get; init; }
    /// <summary>The latest published version: the live one, or the last one live before a withdrawal or expiry.</summary>
    public int LastVersionNumber { get; init; }
    public int Views { get; init; }
    public int AnswerUses { get; init; }
    public DateTime? LastUsedAtUtc { get; init; }
    public int Helpful { get; init; }
    public int NotHelpful { get; init; }
}

/// <summary>The sums over every article the filter keeps (not only the page shown).</summary>
internal sealed record UsageTotals(int Articles, int Views, int AnswerUses, int Helpful, int NotHelpful);

internal sealed record UsageList(IReadOnlyList<UsageRow> Rows, int Total, UsageTotals Totals);

/// <summary>Filter, sort and page of the usage list; the server does all three.</summary>
internal sealed record UsageFilter
{
    public Guid? UnitId { get; init; }
    /// <summary>A category with the categories beneath it.</summary>
    public Guid? CategoryId { get; init; }
    public string? Keyword { get; init; }
    /// <summary>Column: Title, Views, AnswerUses, Helpful, NotHelpful, LastUsed; anything else sorts by answer uses.</summary>
    public string? SortBy { get; init; }
    public bool Descending { get; init; } = true;
    /// <summary>Reads, answer uses and votes within these days; none: the running totals since each article was created.</summary>
    public UsagePeriod? Period { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}

/// <summary>
/// 知识使用统计 for the KnowledgeEditor and the CenterAdmin: every article ever published with its reads, answer uses and
/// 有用/没用, filtered by unit and category, sorted and paged in the database. Without a period the figures are the running
/// totals; with one, the day counts within it (kept since the migration KnowledgeUsageDays) and the votes cast in it.
/// The votes are those on each article's latest published version.
/// </summary>
internal sealed class UsageReport(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate, ICategoryCatalog catalog)
{
    public static readonly string[] Readers = [HotlineRoles.KnowledgeEditor, HotlineRoles.CenterAdmin];

    public async Task<UsageList> ListAsync(UsageFilter filter, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(Readers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = await ArticlesAsync(db, filter, cancellationToken);
        var page = await Sorted(Rows(db, articles, filter.Period), filter).Skip(Math.Max(0, filter.Skip)).Take(Math.Clamp(filter.Take, 1, 200)).ToListAsync(cancellationToken);
        var totals = await TotalsAsync(db, articles, filter.Period, cancellationToken);
        return new UsageList(page, totals.Articles, totals);
    }

    /// <summary>The most used articles by <paramref name="measure"/> (a sort column) for the chart; those never used are left out.</summary>
    public async Task<IReadOnlyList<UsageRow>> TopAsync(UsageFilter filter, string measure, int take = 10, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(Readers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Rows(db, await ArticlesAsync(db, filter, cancellationToken), filter.Period);
        rows = measure switch
        {
            "Views" => rows.Where(r => r.Views > 0),
            "Helpful" => rows.Where(r => r.Helpful > 0),
            "NotHelpful" => rows.Where(r => r.NotHelpful > 0),
            _ => rows.Where(r => r.AnswerUses > 0),
        };
        return await Sorted(rows, filter with { SortBy = measure, Descending = true }).Take(Math.Clamp(take, 1, 50)).ToListAsync(cancellationToken);
    }

    private async Task<IQueryable<Article>> ArticlesAsync(KnowledgeDbContext db, UsageFilter filter, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking().Where(a => a.LastVersionNumber > 0);
        if (filter.UnitId is { } unit)
            articles = articles.Where(a => a.UnitId == unit);
        if (filter.CategoryId is { } category)
        {
            var ids = await catalog.DescendantIdsAsync(category, includeSelf: true, cancellationToken);
            articles = articles.Where(a => ids.Contains(a.CategoryId));
        }
        if (!string.IsNullOrWhiteSpace(filter.Keyword))
        {
            var keyword = filter.Keyword.Trim();
            articles = articles.Where(a => a.Title.Contains(keyword) || (a.Keywords != null && a.Keywords.Contains(keyword)));
        }
        return articles;
    }

    /// <summary>The sums over the whole filtered set, each a single aggregate the database computes.</summary>
    private static async Task<UsageTotals> TotalsAsync(KnowledgeDbContext db, IQueryable<Article> articles, UsagePeriod? period,
        CancellationToken cancellationToken)
    {
        var votes = from v in db.Votes
                    join a in articles on v.ArticleId equals a.Id
                    where v.VersionNumber == a.LastVersionNumber
                    select v;
        int views, uses;
        if (period is { } p)
        {
            var days = from a in articles join d in db.UsageDays on a.Id equals d.ArticleId where d.Day >= p.From && d.Day <= p.To select d;
            (views, uses) = (await days.SumAsync(d => d.Views, cancellationToken), await days.SumAsync(d => d.AnswerUses, cancellationToken));
            votes = votes.Where(v => v.VotedAtUtc >= p.FromUtc && v.VotedAtUtc < p.ToUtc);
        }
        else
        {
            var usage = from a in articles join u in db.Usage on a.Id equals u.ArticleId select u;
            (views, uses) = (await usage.SumAsync(u => u.Views, cancellationToken), await usage.SumAsync(u => u.AnswerUses, cancellationToken));
        }
        var tally = await votes.GroupBy(v => v.Helpful).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        return new UsageTotals(await articles.CountAsync(cancellationToken), views, uses,
            tally.Where(v => v.Key).Sum(v => v.Count), tally.Where(v => !v.Key).Sum(v => v.Count));
    }

    private static IQueryable<UsageRow> Rows(KnowledgeDbContext db, IQueryable<Article> articles, UsagePeriod? period)
    {
        // The votes are counted per row from the unique index (article, version, user): a seek per article, no grouping of the whole table.
        if (period is { } p)
        {
            var (firstDay, lastDay, fromUtc, toUtc) = (p.From, p.To, p.FromUtc, p.ToUtc);
            return from a in articles
                   join u in db.Usage on a.Id equals u.ArticleId into usage
                   from u in usage.DefaultIfEmpty()
                   select new UsageRow
                   {
                       ArticleId = a.Id, Title = a.Title, UnitId = a.UnitId, CategoryId = a.CategoryId, Status = a.Status,
                       PublishedVersionNumber = a.PublishedVersionNumber, LastVersionNumber = a.LastVersionNumber,
                       Views = db.UsageDays.Where(d => d.ArticleId == a.Id && d.Day >= firstDay && d.Day <= lastDay).Sum(d => (int?)d.Views) ?? 0,
                       AnswerUses = db.UsageDays.Where(d => d.ArticleId == a.Id && d.Day >= firstDay && d.Day <= lastDay).Sum(d => (int?)d.AnswerUses) ?? 0,
                       LastUsedAtUtc = u == null ? null : u.LastUsedAtUtc,
                       Helpful = db.Votes.Count(v => v.ArticleId == a.Id && v.VersionNumber == a.LastVersionNumber && v.VotedAtUtc >= fromUtc && v.VotedAtUtc < toUtc && v.Helpful),
                       NotHelpful = db.Votes.Count(v => v.ArticleId == a.Id && v.VersionNumber == a.LastVersionNumber && v.VotedAtUtc >= fromUtc && v.VotedAtUtc < toUtc && !v.Helpful),
                   };
        }
        return from a in articles
               join u in db.Usage on a.Id equals u.ArticleId into usage
               from u in usage.DefaultIfEmpty()
               select new UsageRow
               {
                   ArticleId = a.Id, Title = a.Title, UnitId = a.UnitId, CategoryId = a.CategoryId, Status = a.Status,
                   PublishedVersionNumber = a.PublishedVersionNumber, LastVersionNumber = a.LastVersionNumber,
                   Views = u == null ? 0 : u.Views, AnswerUses = u == null ? 0 : u.AnswerUses, LastUsedAtUtc = u == null ? null : u.LastUsedAtUtc,
                   Helpful = db.Votes.Count(v => v.ArticleId == a.Id && v.VersionNumber == a.LastVersionNumber && v.Helpful),
                   NotHelpful = db.Votes.Count(v => v.ArticleId == a.Id && v.VersionNumber == a.LastVersionNumber && !v.Helpful),
               };
    }

    private static IQueryable<UsageRow> Sorted(IQueryable<UsageRow> rows, UsageFilter filter)
    {
        IOrderedQueryable<UsageRow> ordered = (filter.SortBy, filter.Descending) switch
        {
            ("Title", false) => rows.OrderBy(r => r.Title),
            ("Title", true) => rows.OrderByDescending(r => r.Title),
            ("Views", false) => rows.OrderBy(r => r.Views),
            ("Views", true) => rows.OrderByDescending(r => r.Views),
            ("Helpful", false) => rows.OrderBy(r => r.Helpful),
            ("Helpful", true) => rows.OrderByDescending(r => r.Helpful),
            ("NotHelpful", false) => rows.OrderBy(r => r.NotHelpful),
            ("NotHelpful", true) => rows.OrderByDescending(r => r.NotHelpful),
            ("LastUsed", false) => rows.OrderBy(r => r.LastUsedAtUtc),
            ("LastUsed", true) => rows.OrderByDescending(r => r.LastUsedAtUtc),
            (_, false) => rows.OrderBy(r => r.AnswerUses),
            _ => rows.OrderByDescending(r => r.AnswerUses),
        };
        // Ties keep a stable order across pages: the busier article first, then by id.
        return ordered.ThenByDescending(r => r.AnswerUses).ThenByDescending(r => r.Views).ThenBy(r => r.ArticleId);
    }
}
