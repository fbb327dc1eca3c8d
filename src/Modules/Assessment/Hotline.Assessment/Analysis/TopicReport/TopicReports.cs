using Hotline.Platform.Catalog;
using Hotline.Platform.Documents.Model;
using Hotline.Assessment.Analysis.Dashboard;
using Hotline.Assessment.Analysis.Hotspots;


namespace Hotline.Assessment.Analysis.TopicReport;

/// <summary>
/// 专题分析报告: a category's or an area's requests over a period — counts against the period before, the trend, the
/// channels, where they come from (or which matters an area raises), the units that led them, the satisfaction, the
/// top phrases and a few masked sample cases — as data and as a printable document.
/// </summary>
internal sealed class TopicReports(
    IDbContextFactory<AssessmentDbContext> contexts,
    AnalysisNames names,
    ICategoryCatalog categories,
    IAreaDirectory areas,
    IEvaluationFigures evaluation,
    AccessGate gate,
    TimeProvider clock)
{
    public const int Samples = 10;

    public async Task<Document> DocumentAsync(TopicScope scope, CancellationToken ct = default)
    {
        var data = await DataAsync(scope, ct);
        return TopicReportLayout.Build(data, await areas.HotlineTitleAsync(ct), clock.GetUtcNow().UtcDateTime);
    }

    public async Task<TopicReportData> DataAsync(TopicScope scope, CancellationToken ct = default)
    {
        await gate.RequireAsync(AnalysisAccess.Readers);
        Validate(scope);
        var category = scope.CategoryId is { } c ? await categories.GetCategoryAsync(c, ct) ?? throw new BusinessRuleException("事项分类不存在。", "category") : null;
        var area = scope.AreaId is { } a ? await areas.GetAreaAsync(a, ct) ?? throw new BusinessRuleException("属地不存在。", "area") : null;
        var categoryIds = category is null ? null : await categories.DescendantIdsAsync(category.Id, includeSelf: true, ct);
        var areaIds = area is null ? null : await areas.DescendantIdsAsync(area.Id, includeSelf: true, ct);

        var (from, to) = (ChinaTime.StartOfDayUtc(scope.From), ChinaTime.EndOfDayUtc(scope.To));
        var (previousFrom, previousTo) = (from.AddDays(-scope.Days), from);
        await using var db = await contexts.CreateDbContextAsync(ct);
        IQueryable<CaseFact> InScope(DateTime start, DateTime end)
        {
            var q = db.CaseFacts.AsNoTracking().Where(f => f.RegisteredAtUtc >= start && f.RegisteredAtUtc < end
                && f.Status != CaseStatus.Invalid && f.Status != CaseStatus.Merged);
            if (categoryIds is not null)
                q = q.Where(f => categoryIds.Contains(f.CategoryId));
            if (areaIds is not null)
                q = q.Where(f => areaIds.Contains(f.AreaId));
            return q;
        }

        var facts = await InScope(from, to)
            .Select(f => new { f.CaseId, f.CaseNumber, f.RegisteredAtUtc, f.Channel, f.CategoryId, f.AreaId, f.Status, f.LeadUnitId, f.Rating, f.IsConfidential })
            .ToListAsync(ct);
        var previous = await InScope(previousFrom, previousTo).CountAsync(ct);
        var texts = await InScope(from, to).OrderByDescending(f => f.RegisteredAtUtc).Take(HotspotAnalysis.MaxCasesRead + 1)
            .Select(f => new TopicText(f.CaseId, f.CaseNumber, f.Text, f.IsConfidential, f.RegisteredAtUtc)).ToListAsync(ct);
        var capped = texts.Count > HotspotAnalysis.MaxCasesRead;
        if (capped)
            texts.RemoveAt(texts.Count - 1);

        // A category report says where the requests come from; an area report which matters its people raise.
        List<CountLine> breakdown;
        string breakdownName;
        if (category is not null && area is null)
        {
            var map = await names.AreasAsync(facts.Select(f => f.AreaId), ct);
            breakdown = Lines(facts.Select(f => AnalysisNames.TownshipOf(f.AreaId, map)?.Name ?? "（未知属地）"));
            breakdownName = "属地";
        }
        else
        {
            var map = await names.CategoriesAsync(facts.Select(f => f.CategoryId), ct);
            breakdown = Lines(facts.Select(f => map.GetValueOrDefault(f.CategoryId)?.PathName ?? "（未知分类）"));
            breakdownName = "事项分类";
        }
        var unitNames = await names.UnitNamesAsync(facts.Where(f => f.LeadUnitId != null).Select(f => f.LeadUnitId!.Value), ct);
        var weight = await evaluation.BasicallySatisfiedWeightAsync(ct);
        var rated = facts.Where(f => f.Rating != null).GroupBy(f => f.Rating!.Value).Select(g => (g.Key, g.Count())).ToList();
        var (trend, trendUnit) = TrendOf(facts.Select(f => f.RegisteredAtUtc), scope);

        return new TopicReportData(
            string.Join(" · ", new[] { category?.PathName, area?.PathName }.OfType<string>()),
            scope,
            facts.Count,
            previous,
            facts.Count(f => f.Status == CaseStatus.Closed),
            facts.Count(f => f.Status is CaseStatus.Accepted or CaseStatus.Dispatched or CaseStatus.InHandling or CaseStatus.Replied),
            facts.Count(f => f.Status is CaseStatus.AnsweredAtIntake or CaseStatus.NotAccepted or CaseStatus.EmergencyTransferred),
            rated.Sum(r => r.Item2),
            SatisfactionRate.Of(rated, weight),
            Lines(facts.Select(f => f.Channel.DisplayName())),
            breakdown,
            breakdownName,
            Lines(facts.Where(f => f.LeadUnitId != null).Select(f => unitNames.GetValueOrDefault(f.LeadUnitId!.Value, "（已撤销单位）"))).Take(10).ToList(),
            trend,
            trendUnit,
            TopicFinder.Find(texts, HotspotAnalysis.TopicsShown),
            [.. texts.Where(t => !t.IsConfidential).Take(Samples)],
            capped);
    }

    private void Validate(TopicScope scope)
    {
        var problems = new List<FieldProblem>();
        if (scope.CategoryId is null && scope.AreaId is null)
            problems.Add(new FieldProblem("category", "请选择事项分类或属地（至少一项）。"));
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        if (scope.From > scope.To)
            problems.Add(new FieldProblem("from", "开始日期不能晚于结束日期。"));
        else if (scope.Days > TopicScope.MaxDays)
            problems.Add(new FieldProblem("to", $"统计期间不能超过 {TopicScope.MaxDays} 天。"));
        if (scope.From > today)
            problems.Add(new FieldProblem("from", "开始日期不能晚于今天。"));
        if (problems.Count > 0)
            throw new BusinessRuleException(problems);
    }

    private static List<CountLine> Lines(IEnumerable<string> keys) =>
        [.. keys.GroupBy(k => k).Select(g => new CountLine(g.Key, g.Count())).OrderByDescending(l => l.Cases).ThenBy(l => l.Name, StringComparer.Ordinal)];

    /// <summary>By day up to two months, by ISO-like week (Monday) up to half a year, by month beyond.</summary>
    private static (IReadOnlyList<TrendPoint>, string) TrendOf(IEnumerable<DateTime> registered, TopicScope scope)
    {
        var days = registered.Select(ChinaTime.DateOf).ToList();
        if (scope.Days <= 62)
            return ([.. Enumerable.Range(0, scope.Days).Select(i => scope.From.AddDays(i))
                .Select(d => new TrendPoint($"{d.Month}/{d.Day}", days.Count(x => x == d)))], "日");
        if (scope.Days <= 186)
        {
            static DateOnly Monday(DateOnly d) => d.AddDays(-(((int)d.DayOfWeek + 6) % 7));
            var weeks = new List<TrendPoint>();
            for (var w = Monday(scope.From); w <= scope.To; w = w.AddDays(7))
                weeks.Add(new TrendPoint($"{w.Month}/{w.Day}", days.Count(x => Monday(x) == w)));
            return (weeks, "周");
        }
        var months = new List<TrendPoint>();
        for (var m = new DateOnly(scope.From.Year, scope.From.Month, 1); m <= scope.To; m = m.AddMonths(1))
            months.Add(new TrendPoint($"{m.Year % 100:00}年{m.Month}月", days.Count(x => x.Year == m.Year && x.Month == m.Month)));
        return (months, "月");
    }
}
