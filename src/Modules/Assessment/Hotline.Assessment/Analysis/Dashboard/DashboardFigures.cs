using Hotline.Supervision.Contracts;
namespace Hotline.Assessment.Analysis.Dashboard;

internal sealed record ChannelCount(Channel Channel, int Today, int Month);

internal sealed record StatusCount(CaseStatus Status, int Cases);

internal sealed record UnitOverdue(Guid UnitId, string Unit, int Cases);

internal sealed record MonthSatisfaction(int Year, int Month, int Rated, double? Rate)
{
    public string Label => $"{Year % 100:00}年{Month}月";
}

internal sealed record HeatRow(string Area, IReadOnlyList<int> Counts, int Total);

internal sealed record HeatTable(IReadOnlyList<string> Categories, IReadOnlyList<HeatRow> Rows);

internal sealed record RisingCategory(Guid CategoryId, string Category, int ThisWeek, int LastWeek)
{
    public int Rise => ThisWeek - LastWeek;
}

internal sealed record DashboardView(
    DateTime AsOfUtc,
    IReadOnlyList<ChannelCount> Channels,
    IReadOnlyList<StatusCount> Open,
    IReadOnlyList<UnitOverdue> Overdue,
    IReadOnlyList<MonthSatisfaction> Satisfaction,
    HeatTable Heat,
    IReadOnlyList<RisingCategory> Rising)
{
    public int Today => Channels.Sum(c => c.Today);
    public int Month => Channels.Sum(c => c.Month);
}

/// <summary>
/// 驾驶舱: the center's figures at a glance, read from this module's event-kept case facts, the overdue
/// units from Supervision's watched deadlines and, for the satisfaction trend, from Evaluation's daily rating totals, so one visit is a
/// handful of indexed queries whatever the size of the other modules.
/// </summary>
internal sealed class DashboardFigures(
    IDbContextFactory<AssessmentDbContext> contexts,
    AnalysisNames names,
    IEvaluationFigures evaluation,
    ISupervisionFigures supervision,
    AccessGate gate,
    TimeProvider clock)
{
    public const int TrendMonths = 12;
    public const int HeatColumns = 8;
    public const int RisingShown = 5;

    public async Task<DashboardView> LoadAsync(CancellationToken ct = default)
    {
        await gate.RequireAsync(AnalysisAccess.Readers);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = ChinaTime.DateOf(now);
        var dayStart = ChinaTime.StartOfDayUtc(today);
        var monthStart = ChinaTime.StartOfDayUtc(new DateOnly(today.Year, today.Month, 1));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var month = db.CaseFacts.AsNoTracking().Where(f => f.RegisteredAtUtc >= monthStart);

        var channels = await month.GroupBy(f => f.Channel)
            .Select(g => new ChannelCount(g.Key, g.Sum(f => f.RegisteredAtUtc >= dayStart ? 1 : 0), g.Count()))
            .ToListAsync(ct);
        var open = await db.CaseFacts.AsNoTracking()
            .Where(f => f.Status == CaseStatus.Accepted || f.Status == CaseStatus.Dispatched || f.Status == CaseStatus.InHandling || f.Status == CaseStatus.Replied)
            .GroupBy(f => f.Status).Select(g => new StatusCount(g.Key, g.Count())).ToListAsync(ct);
        return new DashboardView(
            now,
            [.. Enum.GetValues<Channel>().Select(c => channels.FirstOrDefault(x => x.Channel == c) ?? new ChannelCount(c, 0, 0))],
            [.. new[] { CaseStatus.Accepted, CaseStatus.Dispatched, CaseStatus.InHandling, CaseStatus.Replied }
                .Select(s => open.FirstOrDefault(x => x.Status == s) ?? new StatusCount(s, 0))],
            await OverdueAsync(ct),
            await SatisfactionAsync(today, ct),
            await HeatAsync(month, ct),
            await RisingAsync(db, dayStart, ct));
    }

    private async Task<IReadOnlyList<UnitOverdue>> OverdueAsync(CancellationToken ct)
    {
        var rows = await supervision.MostOverdueAsync(10, ct);
        var unitNames = await names.UnitNamesAsync(rows.Select(r => r.UnitId), ct);
        return [.. rows.Select(r => new UnitOverdue(r.UnitId, unitNames.GetValueOrDefault(r.UnitId, "（已撤销单位）"), r.Cases))];
    }

    /// <summary>
    /// 满意率 of each month as Evaluation's 满意度统计 counts it (validly revisited cases by the day of their counted rating,
    /// 基本满意 at its weight, mediation and law-enforcement cases included, unlike the assessment's), summed over the lead
    /// units; one read of Evaluation's daily table for the twelve months.
    /// </summary>
    private async Task<IReadOnlyList<MonthSatisfaction>> SatisfactionAsync(DateOnly today, CancellationToken ct)
    {
        var weight = await evaluation.BasicallySatisfiedWeightAsync(ct);
        var first = new DateOnly(today.Year, today.Month, 1).AddMonths(1 - TrendMonths);
        var days = await evaluation.DailyTotalsAsync(first, first.AddMonths(TrendMonths), ct);
        return [.. Enumerable.Range(0, TrendMonths).Select(i => first.AddMonths(i)).Select(m =>
        {
            var month = days.Where(d => d.Day.Year == m.Year && d.Day.Month == m.Month).ToList();
            var rated = month.Sum(d => d.Revisited);
            var satisfied = month.Sum(d => d.Satisfied + weight * d.BasicallySatisfied);
            return new MonthSatisfaction(m.Year, m.Month, rated, rated == 0 ? null : satisfied / rated);
        })];
    }

    private async Task<HeatTable> HeatAsync(IQueryable<CaseFact> month, CancellationToken ct)
    {
        var cells = await month.Where(f => f.Status != CaseStatus.Invalid && f.Status != CaseStatus.Merged)
            .GroupBy(f => new { f.AreaId, f.CategoryId })
            .Select(g => new { g.Key.AreaId, g.Key.CategoryId, Cases = g.Count() }).ToListAsync(ct);
        var categories = await names.CategoriesAsync(cells.Select(c => c.CategoryId), ct);
        var areas = await names.AreasAsync(cells.Select(c => c.AreaId), ct);
        var rolled = cells
            .Select(c => new
            {
                Area = AnalysisNames.TownshipOf(c.AreaId, areas)?.Name ?? "（未知属地）",
                Category = AnalysisNames.TopOf(c.CategoryId, categories)?.Name ?? "（未知分类）",
                c.Cases,
            })
            .ToList();
        var columns = rolled.GroupBy(c => c.Category).OrderByDescending(g => g.Sum(c => c.Cases)).ThenBy(g => g.Key)
            .Take(HeatColumns).Select(g => g.Key).ToList();
        var rows = rolled.GroupBy(c => c.Area)
            .Select(g => new HeatRow(g.Key, [.. columns.Select(col => g.Where(c => c.Category == col).Sum(c => c.Cases))], g.Sum(c => c.Cases)))
            .OrderByDescending(r => r.Total).ThenBy(r => r.Area).ToList();
        return new HeatTable(columns, rows);
    }

    /// <summary>上升最快的分类: the last seven days against the seven before, by matter category.</summary>
    private async Task<IReadOnlyList<RisingCategory>> RisingAsync(AssessmentDbContext db, DateTime dayStart, CancellationToken ct)
    {
        var (weekStart, lastWeekStart, end) = (dayStart.AddDays(-6), dayStart.AddDays(-13), dayStart.AddDays(1));
        var counts = await db.CaseFacts.AsNoTracking()
            .Where(f => f.RegisteredAtUtc >= lastWeekStart && f.RegisteredAtUtc < end && f.Status != CaseStatus.Invalid && f.Status != CaseStatus.Merged)
            .GroupBy(f => f.CategoryId)
            .Select(g => new { CategoryId = g.Key, This = g.Sum(f => f.RegisteredAtUtc >= weekStart ? 1 : 0), Cases = g.Count() })
            .ToListAsync(ct);
        var rising = counts.Select(c => (c.CategoryId, This: c.This, Last: c.Cases - c.This)).Where(c => c.This > c.Last)
            .OrderByDescending(c => c.This - c.Last).ThenByDescending(c => c.This).Take(RisingShown).ToList();
        var categories = await names.CategoriesAsync(rising.Select(r => r.CategoryId), ct);
        return [.. rising.Select(r => new RisingCategory(r.CategoryId, categories.GetValueOrDefault(r.CategoryId)?.PathName ?? "（未知分类）", r.This, r.Last))];
    }
}
