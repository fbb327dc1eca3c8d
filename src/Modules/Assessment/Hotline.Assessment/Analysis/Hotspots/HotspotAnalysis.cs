using Hotline.Platform.Auditing;
using Hotline.Platform.Catalog;
using Hotline.Platform.Notifications;

namespace Hotline.Assessment.Analysis.Hotspots;

internal enum WarningDimension
{
    Category,
    Area,
}

/// <summary>A category or township whose last seven days stand out against the eight weeks before.</summary>
internal sealed record Warning(WarningDimension Dimension, Guid Id, string Name, int ThisWeek, IReadOnlyList<int> PreviousWeeks, Baseline Baseline)
{
    public string DimensionName => Dimension == WarningDimension.Category ? "事项分类" : "属地";
}

internal sealed record TopicsView(DateTime FromUtc, DateTime ToUtc, int Cases, bool Capped, IReadOnlyList<Topic> Topics);

/// <summary>热点与预警: high-frequency topics over a period and anomaly warnings, from the event-kept case facts.</summary>
internal sealed class HotspotAnalysis(
    IDbContextFactory<AssessmentDbContext> contexts,
    AnalysisNames names,
    ICategoryCatalog categories,
    IAreaDirectory areas,
    IStaffDirectory directory,
    AccessGate gate,
    TimeProvider clock)
{
    public const int MaxCasesRead = 5000;
    public const int TopicsShown = 10;
    public const string PushAction = "推送异常预警";

    public async Task<TopicsView> TopicsAsync(int days, Guid? categoryId, CancellationToken ct = default)
    {
        await gate.RequireAsync(AnalysisAccess.Readers);
        if (days is < 1 or > 366)
            throw new BusinessRuleException("统计天数应在 1 到 366 天之间。", "days");
        var (from, to) = Window(days);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Counted(db).Where(f => f.RegisteredAtUtc >= from && f.RegisteredAtUtc < to);
        if (categoryId is { } c)
        {
            var ids = await categories.DescendantIdsAsync(c, includeSelf: true, ct);
            query = query.Where(f => ids.Contains(f.CategoryId));
        }
        var texts = await query.OrderByDescending(f => f.RegisteredAtUtc).Take(MaxCasesRead + 1)
            .Select(f => new TopicText(f.CaseId, f.CaseNumber, f.Text, f.IsConfidential, f.RegisteredAtUtc)).ToListAsync(ct);
        var capped = texts.Count > MaxCasesRead;
        if (capped)
            texts.RemoveAt(texts.Count - 1);
        return new TopicsView(from, to, texts.Count, capped, TopicFinder.Find(texts, TopicsShown));
    }

    public async Task<IReadOnlyList<Warning>> WarningsAsync(CancellationToken ct = default)
    {
        await gate.RequireAsync(AnalysisAccess.Readers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (_, end) = Window(7);
        // Week 0 is the last seven days, weeks 1..8 the baseline before it.
        var weeks = new List<Dictionary<(Guid Area, Guid Category), int>>();
        for (var w = 0; w <= EarlyWarningRule.BaselineWeeks; w++)
        {
            var (from, to) = (end.AddDays(-7 * (w + 1)), end.AddDays(-7 * w));
            weeks.Add(await Counted(db).Where(f => f.RegisteredAtUtc >= from && f.RegisteredAtUtc < to)
                .GroupBy(f => new { f.AreaId, f.CategoryId }).Select(g => new { g.Key.AreaId, g.Key.CategoryId, Cases = g.Count() })
                .ToDictionaryAsync(x => (x.AreaId, x.CategoryId), x => x.Cases, ct));
        }
        var categoryNames = await names.CategoriesAsync(weeks[0].Keys.Select(k => k.Category), ct);
        var areaMap = await names.AreasAsync(weeks.SelectMany(w => w.Keys.Select(k => k.Area)), ct);
        // Each week rolled up once by category and by township, instead of scanning every week's cells per candidate.
        var byCategory = weeks.Select(w => w.GroupBy(x => x.Key.Category).ToDictionary(g => g.Key, g => g.Sum(x => x.Value))).ToList();
        var townshipOf = areaMap.Keys.ToDictionary(id => id, id => AnalysisNames.TownshipOf(id, areaMap));
        var byTownship = weeks.Select(w => w.Where(x => townshipOf.GetValueOrDefault(x.Key.Area) is not null)
            .GroupBy(x => townshipOf[x.Key.Area]!.Id).ToDictionary(g => g.Key, g => g.Sum(x => x.Value))).ToList();
        var warnings = new List<Warning>();
        foreach (var categoryId in byCategory[0].Keys)
            Judge(WarningDimension.Category, categoryId, categoryNames.GetValueOrDefault(categoryId)?.PathName ?? "（未知分类）",
                [.. byCategory.Select(w => w.GetValueOrDefault(categoryId))], warnings);
        foreach (var township in townshipOf.Values.OfType<AreaInfo>().DistinctBy(a => a.Id).Where(a => byTownship[0].ContainsKey(a.Id)))
            Judge(WarningDimension.Area, township.Id, township.PathName, [.. byTownship.Select(w => w.GetValueOrDefault(township.Id))], warnings);
        return [.. warnings.OrderByDescending(w => w.ThisWeek - w.Baseline.Threshold)];
    }

    /// <summary>The cases of the last seven days behind a warning, newest first; confidential ones without their words.</summary>
    public async Task<IReadOnlyList<TopicText>> WarningCasesAsync(WarningDimension dimension, Guid id, CancellationToken ct = default)
    {
        await gate.RequireAsync(AnalysisAccess.Readers);
        var (from, to) = Window(7);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var query = Counted(db).Where(f => f.RegisteredAtUtc >= from && f.RegisteredAtUtc < to);
        if (dimension == WarningDimension.Category)
            query = query.Where(f => f.CategoryId == id);
        else
        {
            var ids = await areas.DescendantIdsAsync(id, includeSelf: true, ct);
            query = query.Where(f => ids.Contains(f.AreaId));
        }
        return await query.OrderByDescending(f => f.RegisteredAtUtc).Take(200)
            .Select(f => new TopicText(f.CaseId, f.CaseNumber, f.IsConfidential ? "" : f.Text, f.IsConfidential, f.RegisteredAtUtc)).ToListAsync(ct);
    }

    /// <summary>推送: every active Supervisor gets the warning in the bell, with a link back to the list.</summary>
    public async Task<int> PushAsync(Warning warning, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(AnalysisAccess.Readers);
        var supervisors = await directory.EnabledInRoleAsync(HotlineRoles.Supervisor, ct);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var title = $"异常预警：{warning.Name}";
        var body = $"近7日{warning.DimensionName}“{warning.Name}”受理 {warning.ThisWeek} 件，高于前 {EarlyWarningRule.BaselineWeeks} 周基线（均值 {warning.Baseline.Mean:0.#}，阈值 {warning.Baseline.Threshold:0.#}），请关注。";
        foreach (var user in supervisors)
            db.QueueNotification(NotificationChannel.InApp, user, title, body, clock, "/analysis/hotspots");
        db.Audit(actor, clock, PushAction, warning.DimensionName, warning.Id.ToString(), $"{warning.Name}：{warning.ThisWeek} 件，推送 {supervisors.Count} 人");
        await db.SaveChangesAsync(ct);
        return supervisors.Count;
    }

    /// <summary>The last <paramref name="days"/> China calendar days, today included.</summary>
    private (DateTime From, DateTime To) Window(int days)
    {
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        return (ChinaTime.StartOfDayUtc(today.AddDays(1 - days)), ChinaTime.EndOfDayUtc(today));
    }

    /// <summary>Requests that count for topics: not harassment or empty calls, not a request merged into another.</summary>
    private static IQueryable<CaseFact> Counted(AssessmentDbContext db) =>
        db.CaseFacts.AsNoTracking().Where(f => f.Status != CaseStatus.Invalid && f.Status != CaseStatus.Merged);

    private static void Judge(WarningDimension dimension, Guid id, string name, List<int> counts, List<Warning> into)
    {
        var baseline = EarlyWarningRule.Judge(counts[0], counts.Skip(1).ToList());
        if (baseline.Anomalous)
            into.Add(new Warning(dimension, id, name, counts[0], counts.Skip(1).ToList(), baseline));
    }
}
