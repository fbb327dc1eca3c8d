using Hotline.E2E.Infrastructure;
using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Assessment.Analysis;
using Hotline.Assessment.Domain;
using Hotline.Assessment.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Hotline.E2E.Assessment;

/// <summary>
/// Issue #16, the center's half: the dashboard moves while it is open, a spiking category is warned with its cases and
/// topic, the seasonal calendar reminds the unit before December, and the unit acknowledges in the browser.
/// </summary>
public sealed class AnalysisJourneyTests(E2EApp e2e) : E2ETest(e2e)
{
    private int _number;

    [Fact]
    public async Task The_center_watches_the_dashboard_warnings_and_seasons_and_the_unit_acknowledges_its_reminder()
    {
        var zjj = (await E2E.App.Service<IUnitDirectory>().FindByCodeAsync("ZJJ"))!.Id;
        var category = (await E2E.App.Service<ICategoryCatalog>().ActiveCategoriesAsync())
            .First(c => c.IsLeaf && (c.DefaultUnitId is null || c.DefaultUnitId == zjj));
        var now = E2E.Clock.GetUtcNow().UtcDateTime;
        var facts = new List<CaseFact>();
        for (var week = 1; week <= 8; week++)
            facts.Add(Fact(category.Id, now.AddDays(-7 * week - 1), "工地施工噪音", zjj));
        facts.AddRange(Enumerable.Range(0, 8).Select(i => Fact(category.Id, now.AddHours(-i), "工地夜间施工噪音扰民，影响休息", zjj)));
        foreach (var year in new[] { 2023, 2024, 2025 })
            facts.AddRange(Enumerable.Range(0, 8).Select(i => Fact(category.Id, new DateTime(year, 12, 5 + i, 2, 0, 0, DateTimeKind.Utc), "暖气不热", zjj)));
        await AddAsync(facts);

        var supervisor = await E2E.SignInAsync("supervisor");
        await ScenarioAsync("analysis-1-dashboard", supervisor, async () =>
        {
            await E2E.GotoAsync(supervisor, "/analysis/dashboard");
            await Expect(supervisor.Locator("[data-testid=dashboard-today]")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\d+$"));
            var before = int.Parse((await supervisor.Locator("[data-testid=dashboard-today]").TextContentAsync())!);
            Assert.True(before >= 1);
            await Expect(supervisor.Locator("[data-testid=heat-row]").First).ToBeVisibleAsync();
            await Expect(supervisor.Locator("[data-testid=dashboard-rising]")).ToContainTextAsync(category.Name);

            // A new case while the page is open: the figure moves without a reload.
            await AddAsync([Fact(category.Id, E2E.Clock.GetUtcNow().UtcDateTime, "又一件噪音投诉", zjj)]);
            E2E.App.Service<AnalysisLive>().Changed();
            await Expect(supervisor.Locator("[data-testid=dashboard-today]")).ToHaveTextAsync((before + 1).ToString());
            await Screen(supervisor, "analysis-dashboard");
        });

        await ScenarioAsync("analysis-2-warnings", supervisor, async () =>
        {
            await E2E.GotoAsync(supervisor, "/analysis/hotspots");
            var row = supervisor.Locator("[data-testid=warning-row]", new() { HasText = category.PathName });
            await Expect(row.Locator("[data-testid=warning-count]")).ToHaveTextAsync("9");
            await row.Locator("[data-testid=warning-cases]").ClickAsync();
            await Expect(supervisor.Locator("[data-testid=sample-case]").First).ToBeVisibleAsync();
            await Expect(supervisor.Locator("[data-testid=topic-phrase]").First).ToContainTextAsync("噪音");
            await Screen(supervisor, "analysis-hotspots");

            await supervisor.Locator("[data-testid=report-category]").ClickAsync();
            await E2EApp.PickOptionAsync(supervisor, category.PathName);
            var (name, pdf) = await Downloads.DownloadAsync(supervisor, supervisor.Locator("[data-testid=report-print]"));
            Assert.EndsWith(".pdf", name);
            var text = Downloads.PdfText(pdf).Replace(" ", "");
            Assert.Contains("专题分析报告：" + category.PathName.Replace(" ", ""), text);
            Assert.Contains("高频诉求", text);
            await row.Locator("[data-testid=warning-push]").ClickAsync();
            await Expect(supervisor.Locator(".mud-snackbar")).ToContainTextAsync("已推送");
        });

        await ScenarioAsync("analysis-3-seasonal", supervisor, async () =>
        {
            await E2E.GotoAsync(supervisor, "/analysis/seasonal");
            var row = supervisor.Locator("[data-testid=seasonal-row]", new() { HasText = category.PathName });
            await Expect(row.Locator("[data-testid=seasonal-seasons]")).ToHaveTextAsync("12月");
            await row.Locator("[data-testid=seasonal-send]").ClickAsync();
            await Expect(row.Locator("[data-testid=seasonal-reminder]")).ToContainTextAsync("待单位确认");
            await Screen(supervisor, "analysis-seasonal");
        });

        var unit = await E2E.SignInAsync("zjj");
        await ScenarioAsync("analysis-4-acknowledge", unit, async () =>
        {
            await E2E.GotoAsync(unit, "/unit/reminders");
            var reminder = unit.Locator("[data-testid=unit-reminder]", new() { HasText = category.PathName });
            await Expect(reminder).ToContainTextAsync("12月集中");
            await reminder.Locator("[data-testid=unit-reminder-note] input, input[data-testid=unit-reminder-note]").FillAsync("已安排供热站提前检修管网");
            await reminder.Locator("[data-testid=unit-reminder-ack]").ClickAsync();
            await Expect(reminder.Locator("[data-testid=unit-reminder-acknowledged]")).ToContainTextAsync("已安排供热站提前检修管网");
        });

        await ScenarioAsync("analysis-5-acknowledged", supervisor, async () =>
        {
            await E2E.GotoAsync(supervisor, "/analysis/seasonal");
            var row = supervisor.Locator("[data-testid=seasonal-row]", new() { HasText = category.PathName });
            await Expect(row.Locator("[data-testid=seasonal-reminder]")).ToContainTextAsync("已确认");
        });
    }

    private static Task Screen(IPage page, string name) =>
        page.ScreenshotAsync(new() { Path = Path.Combine(E2EHost.ArtifactsFolder("screens"), name + ".png"), FullPage = true });

    private CaseFact Fact(Guid categoryId, DateTime registeredUtc, string text, Guid lead)
    {
        var fact = CaseFact.Of(new CaseSummary(Guid.NewGuid(), $"E{Interlocked.Increment(ref _number):000000}", CaseStatus.Accepted, RequestTypeCode.Complaint,
            categoryId, Guid.NewGuid(), "", text, Channel.Phone, Urgency.Normal, false, null, registeredUtc));
        fact.Lead(lead);
        return fact;
    }

    private Task AddAsync(IEnumerable<CaseFact> facts) => E2E.App.WithScopeAsync(async sp =>
    {
        await using var db = await sp.GetRequiredService<IDbContextFactory<AssessmentDbContext>>().CreateDbContextAsync();
        db.CaseFacts.AddRange(facts);
        await db.SaveChangesAsync();
    });
}
