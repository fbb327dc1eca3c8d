using Hotline.Evaluation.Contracts;
using Hotline.IntegrationTests.Archive;
using Hotline.Intake.Contracts;
using Hotline.Platform;
using Hotline.Platform.Catalog;
using Hotline.Platform.Notifications;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Platform.Time;
using Hotline.Assessment.Analysis.Dashboard;
using Hotline.Assessment.Analysis.Facts;
using Hotline.Assessment.Analysis.Hotspots;
using Hotline.Assessment.Analysis.Seasonal;
using Hotline.Assessment.Analysis.TopicReport;
using Hotline.Assessment.Domain;
using Hotline.Assessment.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Assessment;

/// <summary>
/// 分析 on both databases: the case facts kept by a real lifecycle's events and equal to a rebuild, the dashboard read
/// from them, anomaly warnings against an eight-week baseline, topics, and 未诉先办 reminders acknowledged by the unit;
/// with the denials.
/// </summary>
public abstract class AnalysisTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    private async Task<Guid> UnitIdAsync(string code) => (await app.Service<IUnitDirectory>().FindByCodeAsync(code))!.Id;

    private Task<CaseFact?> FactAsync(Guid caseId) => app.WithScopeAsync(async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<AssessmentDbContext>>().CreateDbContextAsync();
        return await db.CaseFacts.AsNoTracking().FirstOrDefaultAsync(f => f.CaseId == caseId);
    });

    private Task AddFactsAsync(IEnumerable<CaseFact> facts) => app.WithScopeAsync(async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<AssessmentDbContext>>().CreateDbContextAsync();
        db.CaseFacts.AddRange(facts);
        await db.SaveChangesAsync();
    });

    private static int _number;

    private static CaseFact Fact(Guid categoryId, DateTime registeredUtc, string text = "反映情况", Guid? areaId = null, Guid? lead = null)
    {
        var fact = CaseFact.Of(new CaseSummary(Guid.NewGuid(), $"T{Interlocked.Increment(ref _number):000000}", CaseStatus.Accepted, RequestTypeCode.Complaint,
            categoryId, areaId ?? Guid.NewGuid(), "", text, Channel.Phone, Urgency.Normal, false, null, registeredUtc));
        if (lead is { } unit)
            fact.Lead(unit);
        return fact;
    }

    [Fact]
    public async Task A_case_lifecycle_keeps_its_fact_the_dashboard_counts_it_and_a_rebuild_finds_nothing_to_correct()
    {
        var d = await ArchiveTestData.ClosedCaseAsync(app, "13900008101", withExtension: false);
        var fact = await FactAsync(d.CaseId);
        Assert.NotNull(fact);
        Assert.Equal(CaseStatus.Closed, fact.Status);
        Assert.Equal(await UnitIdAsync("ZJJ"), fact.LeadUnitId);
        Assert.Equal(5, fact.Rating);
        Assert.NotNull(fact.ClosedAtUtc);

        var view = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<DashboardFigures>().LoadAsync());
        Assert.True(view.Today >= 1);
        Assert.True(view.Channels.Single(c => c.Channel == Channel.Phone).Month >= 1);
        Assert.Equal(DashboardFigures.TrendMonths, view.Satisfaction.Count);
        var thisMonth = view.Satisfaction[^1];
        Assert.True(thisMonth.Rated >= 1);
        Assert.Equal(1.0, thisMonth.Rate);
        // The dashboard's month is the assessment's month: the units' validly revisited cases summed.
        var today = ChinaTime.DateOf(Now);
        var monthStart = new DateOnly(today.Year, today.Month, 1);
        var units = await app.WithScopeAsync(sp => sp.GetRequiredService<IEvaluationFigures>()
            .PerUnitAsync(ChinaTime.StartOfDayUtc(monthStart), ChinaTime.StartOfDayUtc(monthStart.AddMonths(1))));
        Assert.Equal(units.Sum(u => u.Revisited), thisMonth.Rated);
        Assert.Equal((thisMonth.Year, thisMonth.Month), (today.Year, today.Month));
        Assert.Contains(view.Heat.Rows, r => r.Total >= 1);

        // Rebuild equals incremental: nothing to correct; a lost fact comes back exactly as the events made it.
        var result = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CaseFactsRebuild>().RunAsync());
        Assert.True(result.Cases >= 1);
        Assert.Equal(0, result.Changed);
        await app.WithScopeAsync(async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<AssessmentDbContext>>().CreateDbContextAsync();
            await db.CaseFacts.Where(f => f.CaseId == d.CaseId).ExecuteDeleteAsync();
        });
        var again = await app.AsUserAsync("admin", sp => sp.GetRequiredService<CaseFactsRebuild>().RunAsync());
        Assert.Equal(1, again.Added);
        Assert.True((await FactAsync(d.CaseId))!.SameAs(fact));
        var audited = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .CountAsync(a => a.Action == CaseFactsRebuild.AuditAction));
        Assert.True(audited >= 2);
    }

    [Fact]
    public async Task Analysis_is_for_the_center_the_rebuild_for_the_administrator_and_reminders_for_the_unit_they_were_sent_to()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("agent", sp => sp.GetRequiredService<DashboardFigures>().LoadAsync()));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<HotspotAnalysis>().WarningsAsync()));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("assessor", sp => sp.GetRequiredService<SeasonalReminders>().CalendarAsync()));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<CaseFactsRebuild>().RunAsync()));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SeasonalReminders>().ForMyUnitAsync()));
        var bad = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<HotspotAnalysis>().TopicsAsync(0, null)));
        Assert.Equal("统计天数应在 1 到 366 天之间。", bad.Message);
        var weeks = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<SeasonalSettingsService>().SaveAsync(new SeasonalSettings { ReminderLeadWeeks = 0 })));
        Assert.Contains("1 到 12 周", weeks.Message);
    }

    [Fact]
    public async Task A_category_far_above_its_eight_week_baseline_is_warned_with_its_cases_and_pushed_to_the_supervisors()
    {
        var (spiking, steady) = (Guid.NewGuid(), Guid.NewGuid());
        var facts = new List<CaseFact>();
        for (var week = 1; week <= 8; week++)
        {
            facts.Add(Fact(spiking, Now.AddDays(-7 * week - 1)));
            facts.AddRange(Enumerable.Range(0, 3).Select(i => Fact(steady, Now.AddDays(-7 * week - 1).AddHours(-i))));
        }
        facts.AddRange(Enumerable.Range(0, 8).Select(i => Fact(spiking, Now.AddHours(-i), $"小区夜间施工噪音扰民 联系电话 1390000{i:0000}")));
        facts.AddRange(Enumerable.Range(0, 3).Select(i => Fact(steady, Now.AddHours(-i))));
        await AddFactsAsync(facts);

        var warnings = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<HotspotAnalysis>().WarningsAsync());
        var warning = Assert.Single(warnings, w => w.Id == spiking);
        Assert.Equal(WarningDimension.Category, warning.Dimension);
        Assert.Equal(8, warning.ThisWeek);
        Assert.Equal([1, 1, 1, 1, 1, 1, 1, 1], warning.PreviousWeeks);
        Assert.Equal(1.0, warning.Baseline.Threshold);
        Assert.DoesNotContain(warnings, w => w.Id == steady);

        var cases = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<HotspotAnalysis>().WarningCasesAsync(WarningDimension.Category, spiking));
        Assert.Equal(8, cases.Count);
        Assert.DoesNotContain("13900000003", SampleText.Of(cases[0].Text));

        var pushed = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<HotspotAnalysis>().PushAsync(warning));
        Assert.True(pushed >= 1);
        var bell = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Channel == NotificationChannel.InApp && n.Title.StartsWith("异常预警")).ToListAsync());
        Assert.NotEmpty(bell);

        var topics = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<HotspotAnalysis>().TopicsAsync(7, null));
        var noise = topics.Topics[0];
        Assert.Contains(noise.Phrase, "小区夜间施工噪音扰民");
        Assert.True(noise.Cases >= 8);
        Assert.Equal(TopicFinder.SamplesPerTopic, noise.Samples.Count);
    }

    [Fact]
    public async Task A_seasonal_category_reminds_its_unit_once_before_the_season_and_only_that_unit_acknowledges()
    {
        // 2026-11-25: December came back in each of the three past years; the season starts within the two weeks' lead.
        var heating = Guid.NewGuid();
        var zjj = await UnitIdAsync("ZJJ");
        var facts = new List<CaseFact>();
        foreach (var year in new[] { 2023, 2024, 2025 })
        {
            facts.AddRange(Enumerable.Range(0, 8).Select(i => Fact(heating, new DateTime(year, 12, 10 + i, 2, 0, 0, DateTimeKind.Utc), "暖气不热", lead: zjj)));
            facts.Add(Fact(heating, new DateTime(year, 5, 10, 2, 0, 0, DateTimeKind.Utc), "暖气管道漏水", lead: zjj));
        }
        await AddFactsAsync(facts);

        var calendar = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SeasonalReminders>().CalendarAsync());
        var row = Assert.Single(calendar.Rows, r => r.CategoryId == heating);
        Assert.Equal([12], row.Pattern.PeakMonths);
        Assert.Equal(new DateOnly(2026, 12, 1), row.NextStart);
        Assert.Equal(zjj, row.UnitId);
        Assert.Null(row.Reminder);

        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<SeasonalReminders>().SendDueAsync()) >= 1);
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<SeasonalReminders>().SendDueAsync()));
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SeasonalReminders>().SendNowAsync(heating)));
        Assert.StartsWith("已于", twice.Message);

        var mine = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<SeasonalReminders>().ForMyUnitAsync());
        var reminder = Assert.Single(mine, r => r.CategoryId == heating);
        Assert.Contains("12月集中", reminder.Text);
        Assert.Equal("系统", reminder.SentBy);
        Assert.DoesNotContain(await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<SeasonalReminders>().ForMyUnitAsync()), r => r.Id == reminder.Id);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj", sp => sp.GetRequiredService<SeasonalReminders>().AcknowledgeAsync(reminder.Id, reminder.Version, null)));
        var tooLong = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<SeasonalReminders>().AcknowledgeAsync(reminder.Id, reminder.Version, new string('措', 501))));
        Assert.Equal("note", tooLong.Field);

        await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<SeasonalReminders>().AcknowledgeAsync(reminder.Id, reminder.Version, "已安排供热站提前检修"));
        var stale = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<SeasonalReminders>().AcknowledgeAsync(reminder.Id, reminder.Version, null)));
        Assert.Contains("刷新", stale.Message);
        var acknowledged = Assert.Single(await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SeasonalReminders>().RecentAsync()), r => r.Id == reminder.Id);
        Assert.Equal("zjj.mgr", acknowledged.AcknowledgedBy);
        Assert.Equal("已安排供热站提前检修", acknowledged.AcknowledgeNote);
        var bell = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking()
            .CountAsync(n => n.Channel == NotificationChannel.InApp && n.Link == "/unit/reminders"));
        Assert.True(bell >= 2);
    }

    [Fact]
    public async Task A_topic_report_counts_its_category_against_the_period_before_and_refuses_a_scope_without_subject_or_with_a_reversed_period()
    {
        var category = (await app.Service<ICategoryCatalog>().ActiveCategoriesAsync()).Last(c => c.IsLeaf);
        var township = (await app.Service<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        var today = Hotline.Platform.Time.ChinaTime.DateOf(Now);
        var facts = Enumerable.Range(0, 6).Select(i => Fact(category.Id, Now.AddDays(-i), "路灯不亮，夜间出行不便", township.Id)).ToList();
        facts.AddRange(Enumerable.Range(0, 2).Select(i => Fact(category.Id, Now.AddDays(-10 - i), "路灯损坏", township.Id)));
        await AddFactsAsync(facts);

        var scope = new TopicScope(category.Id, null, today.AddDays(-6), today);
        var data = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<TopicReports>().DataAsync(scope));
        Assert.Equal(6, data.Cases);
        Assert.Equal(2, data.PreviousCases);
        Assert.Equal(6, data.Open);
        Assert.Equal("属地", data.BreakdownName);
        Assert.Equal(new CountLine(township.Name, 6), Assert.Single(data.Breakdown));
        Assert.Equal(7, data.Trend.Count);
        Assert.Equal(6, data.Trend.Sum(t => t.Cases));
        Assert.Equal(6, data.Topics[0].Cases);
        Assert.Equal(6, data.Samples.Count);
        var document = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<TopicReports>().DocumentAsync(scope));
        Assert.Equal($"专题分析报告：{category.PathName}", document.Title);

        var none = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<TopicReports>().DataAsync(scope with { CategoryId = null })));
        Assert.Equal("category", none.Field);
        var reversed = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<TopicReports>().DataAsync(scope with { From = today, To = today.AddDays(-1) })));
        Assert.Equal("开始日期不能晚于结束日期。", reversed.Message);
        var tooLong = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<TopicReports>().DataAsync(scope with { From = today.AddDays(-400) })));
        Assert.Contains("366", tooLong.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj", sp => sp.GetRequiredService<TopicReports>().DataAsync(scope)));
    }
}

public sealed class SqliteAnalysisTests(SqliteApp app) : AnalysisTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAnalysisTests(MariaDbApp app) : AnalysisTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
