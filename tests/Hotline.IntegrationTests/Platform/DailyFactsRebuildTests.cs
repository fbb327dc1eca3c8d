using Hotline.Handling.Contracts;
using Hotline.IntegrationTests.Handling;
using Hotline.Platform.Facts;
using Hotline.Platform.Persistence;
using Hotline.Platform.Time;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Platform;

/// <summary>
/// <c>rebuild-facts</c> after the daily fact tables were lost (a restore, an upgrade): every module's table is counted
/// again from its rows, and the figures read from it are the ones before.
/// </summary>
public abstract class DailyFactsRebuildTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task The_command_rebuilds_every_module_s_days_and_the_figures_come_back()
    {
        var from = app.Clock.GetUtcNow().UtcDateTime;
        await HandlingTestData.DispatchAsync(app, "13500000001");
        await HandlingTestData.DispatchAsync(app, "13500000002", withCo: false);
        var days = (ChinaTime.StartOfDayUtc(ChinaTime.DateOf(from)), ChinaTime.EndOfDayUtc(ChinaTime.DateOf(from)));
        var before = await app.Service<IHandlingFacts>().PerUnitAsync(days.Item1, days.Item2);
        Assert.NotEmpty(before);

        await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Database.ExecuteSqlRawAsync("DELETE FROM handling_unit_days"));
        Assert.Empty(await app.Service<IHandlingFacts>().PerUnitAsync(days.Item1, days.Item2));

        var output = new StringWriter();
        Assert.Equal(0, await DailyFactsRebuild.RunAsync(app.Services, output));

        Assert.Contains("办理日统计", output.ToString());
        Assert.Contains("回访评价日统计", output.ToString());
        Assert.Equal(before, await app.Service<IHandlingFacts>().PerUnitAsync(days.Item1, days.Item2));
    }
}

public sealed class SqliteDailyFactsRebuildTests(SqliteApp app) : DailyFactsRebuildTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbDailyFactsRebuildTests(MariaDbApp app) : DailyFactsRebuildTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
