using Hotline.Assessment.Sheets;
using Hotline.Assessment.Sheets.Model;
using Hotline.IntegrationTests.Archive;
using Hotline.IntegrationTests.Handling;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Assessment;

/// <summary>
/// 按时办结率 counts a case still owing its reply past the deadline against the unit, as a late reply counts: a unit
/// that sits on its overdue cases cannot score better than one that replies late. Its own app: the clock moves a month.
/// </summary>
public abstract class CompletedOnTimeTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly AssessmentPeriod November = AssessmentPeriod.Month(2026, 11);

    [Fact]
    public async Task A_case_left_unreplied_past_its_deadline_counts_in_the_denominator_and_is_listed_as_overdue()
    {
        var replied = await ArchiveTestData.ClosedCaseAsync(app, "13900019001", withExtension: false);
        var unreplied = await HandlingTestData.DispatchAsync(app, "13900019002", withCo: false);
        var zjj = (await app.Service<IUnitDirectory>().FindByCodeAsync("ZJJ"))!.Id;
        Task<FigureValue> FigureAsync() => app.AsUserAsync("assessor", async sp =>
            (await sp.GetRequiredService<AssessmentSheets>().ForPeriodAsync(November)).Units.Single(u => u.UnitId == zjj).Figure(FigureKind.CompletedOnTime));

        var beforeDue = await FigureAsync();
        Assert.Equal((1.0, 1), (beforeDue.Numerator, beforeDue.Denominator));

        // Past the 15-working-day limit: the open case now counts, as it would had it been replied late.
        app.Clock.Advance(TimeSpan.FromDays(30));
        var afterDue = await FigureAsync();
        Assert.Equal((1.0, 2), (afterDue.Numerator, afterDue.Denominator));
        Assert.Equal(0.5, afterDue.Rate);

        var cases = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, zjj, FigureKind.CompletedOnTime));
        Assert.Equal(replied.CaseNumber, Assert.Single(cases.Numerator).Label);
        Assert.Equal(2, cases.Denominator.Count);
        Assert.Contains(cases.Denominator, c => c.Label == unreplied.CaseNumber && c.Note!.Contains("超期未答复"));
    }
}

public sealed class SqliteCompletedOnTimeTests(SqliteApp app) : CompletedOnTimeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCompletedOnTimeTests(MariaDbApp app) : CompletedOnTimeTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
