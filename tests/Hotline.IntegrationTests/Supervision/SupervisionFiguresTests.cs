using Hotline.IntegrationTests.Dispatch.Returns;
using Hotline.Platform.Time;
using Hotline.Supervision.Contracts;
using Hotline.Supervision.Deadlines;
using Hotline.Supervision.Domain;
using Hotline.Supervision.Figures;
using Hotline.Supervision.Graded;
using Hotline.Supervision.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Supervision;

/// <summary>
/// 督办次数 for the assessment come from the daily supervision facts: whole days from the table, the pieces of a day at
/// either end from the supervisions, a raised level recounted on its day of issue, and a rebuild gives the same.
/// </summary>
public abstract class SupervisionFiguresTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<UnitSupervisionCounts> FiguresAsync(Guid unitId, DateTime fromUtc, DateTime toUtc) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<ISupervisionFigures>().PerUnitAsync(fromUtc, toUtc))
            .SingleOrDefault(c => c.UnitId == unitId) ?? new UnitSupervisionCounts(unitId, 0, 0, 0));

    /// <summary>The same count straight from the supervisions, as the figures were computed before the daily facts.</summary>
    private Task<UnitSupervisionCounts> CountedFromRowsAsync(Guid unitId, DateTime fromUtc, DateTime toUtc) =>
        app.WithScopeAsync(async sp =>
        {
            var levels = await sp.GetRequiredService<SupervisionDbContext>().Supervisions.AsNoTracking()
                .Where(s => s.UnitId == unitId && s.IssuedAtUtc >= fromUtc && s.IssuedAtUtc < toUtc)
                .Select(s => s.Level).ToListAsync();
            return new UnitSupervisionCounts(unitId, levels.Count(l => l == SupervisionLevel.Reminder),
                levels.Count(l => l == SupervisionLevel.Notice), levels.Count(l => l == SupervisionLevel.Leader));
        });

    private async Task AdvanceTo(DateTime utc)
    {
        var by = utc - app.Clock.GetUtcNow().UtcDateTime;
        if (by > TimeSpan.Zero)
            app.Clock.Advance(by);
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
        await app.WithScopeAsync(sp => sp.GetRequiredService<EscalationPass>().RunAsync());
    }

    [Fact]
    public async Task Counts_come_from_the_daily_facts_follow_a_raised_level_and_equal_the_supervisions_after_a_rebuild()
    {
        var housing = await ReturnTestData.UnitAsync(app, "ZJJ");
        var reminded = await ReturnTestData.DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        var assignment = await ReturnTestData.ActiveAssignmentAsync(app, reminded, "ZJJ");
        await AdvanceTo(assignment.SignForDueUtc.AddMinutes(5));
        var reminder = await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Supervisions.AsNoTracking().SingleAsync(s => s.CaseId == reminded));
        Assert.Equal(SupervisionLevel.Reminder, reminder.Level);
        var noticed = await ReturnTestData.DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>().IssueAsync(
            new ManualSupervision(noticed, housing, SupervisionLevel.Notice, "诉求人多次来电反映楼道灯不亮。", "请三个工作日内修复并书面回复。")));

        var issuedOn = ChinaTime.DateOf(reminder.IssuedAtUtc);
        // A month of whole days (read from the table) and a period inside one day (counted from the supervisions).
        var month = (ChinaTime.StartOfDayUtc(issuedOn.AddDays(-30)), ChinaTime.StartOfDayUtc(issuedOn.AddDays(30)));
        var hour = (reminder.IssuedAtUtc.AddMinutes(-1), reminder.IssuedAtUtc.AddMinutes(59));
        async Task AssertMatchAsync()
        {
            Assert.Equal(await CountedFromRowsAsync(housing, month.Item1, month.Item2), await FiguresAsync(housing, month.Item1, month.Item2));
            Assert.Equal(await CountedFromRowsAsync(housing, hour.Item1, hour.Item2), await FiguresAsync(housing, hour.Item1, hour.Item2));
        }
        await AssertMatchAsync();
        var before = await FiguresAsync(housing, month.Item1, month.Item2);
        Assert.True(before.Reminder >= 1 && before.Notice >= 1, $"{before}");
        var day = await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().SupervisionDays.AsNoTracking()
            .SingleAsync(d => d.Day == issuedOn && d.UnitId == housing));
        Assert.Equal(before.Reminder, day.Reminder);

        // Unanswered past its response deadline and the grace days, the reminder becomes a written notice: its day is recounted.
        await AdvanceTo(app.Clock.GetUtcNow().UtcDateTime.AddDays(7));
        var raised = await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Supervisions.AsNoTracking().SingleAsync(s => s.Id == reminder.Id));
        Assert.Equal(SupervisionLevel.Notice, raised.Level);
        await AssertMatchAsync();
        var after = await FiguresAsync(housing, month.Item1, month.Item2);
        Assert.True(after.Notice > before.Notice, $"{before} → {after}");
        Assert.Empty(await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().StaleSupervisionDays.AsNoTracking()
            .Where(d => d.Day == issuedOn).ToListAsync()));

        // The rebuild (rebuild-facts, the scale generator) recomputes every day from the supervisions alone.
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDays>().RebuildAsync()) > 0);
        await AssertMatchAsync();
        Assert.Equal(after, await FiguresAsync(housing, month.Item1, month.Item2));
    }
}

public sealed class SqliteSupervisionFiguresTests(SqliteApp app) : SupervisionFiguresTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbSupervisionFiguresTests(MariaDbApp app) : SupervisionFiguresTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
