using Hotline.Intake.CaseIndex;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Hotline.IntegrationTests.Intake;

/// <summary>
/// A stop right after a save: the indexer writes the saved case before it ends, so the next start finds the index
/// equal to the table instead of rebuilding it whole.
/// </summary>
public abstract class CaseIndexerStopTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Cases_saved_just_before_a_stop_are_indexed_by_the_stop()
    {
        var dir = Path.Combine(Path.GetTempPath(), "hotline-tests", Guid.NewGuid().ToString("N")[..12]);
        using var index = new CaseTextIndex(new HostingOptions { DataDirectory = dir });
        var queue = new CaseIndexQueue(new Hotline.Platform.Notifications.LiveUpdates());
        var indexer = new CaseIndexer(index, queue, app.Services.GetRequiredService<IServiceScopeFactory>(), NullLogger<CaseIndexer>.Instance);
        try
        {
            await indexer.StartAsync(CancellationToken.None);
            for (var i = 0; i < 100 && !index.IsReady; i++)
                await Task.Delay(100);
            Assert.True(index.IsReady);
            var before = index.Count;

            var registered = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13600000901"));
            await app.WithScopeAsync(async sp =>
            {
                // What a save of the case tells the queue.
                var db = sp.GetRequiredService<IntakeDbContext>();
                var saved = await db.Cases.SingleAsync(c => c.Id == registered.CaseId);
                db.Entry(saved).State = EntityState.Modified;
                queue.Saving(db);
                queue.Committed(db);
            });
            await indexer.StopAsync(CancellationToken.None);

            Assert.Equal(before + 1, index.Count);
        }
        finally
        {
            indexer.Dispose();
            index.Dispose();
            Directory.Delete(dir, recursive: true);
        }
    }
}

public sealed class SqliteCaseIndexerStopTests(SqliteApp app) : CaseIndexerStopTests<SqliteApp>(app), IClassFixture<SqliteApp>;
