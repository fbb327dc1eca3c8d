using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>
/// The outbox worker is woken by a save that queued a message, once the message is visible: at once for a save of its
/// own, at commit inside a transaction, never by a save that queued nothing. With the workers off, the signal is read here.
/// </summary>
public abstract class WorkerWakeupTests(DatabaseProvider provider)
{
    [Fact]
    public async Task A_queued_message_wakes_the_outbox_worker_when_it_is_committed_and_nothing_else_does()
    {
        await using var app = new ProbeApp(provider);
        var signal = app.Service<OutboxSignal>();
        while (await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None)) { } // whatever start-up queued
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();

        db.Audit(Actor.System, app.Clock, "无消息的保存", "Probe", "none");
        await db.SaveChangesAsync();
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        // Two rows: SaveChanges wraps them in a transaction of its own, committed before SavedChanges.
        db.Audit(Actor.System, app.Clock, "带消息的保存", "Probe", "own-transaction");
        db.Publish(new ProbeEvent("own-transaction"), app.Clock);
        await db.SaveChangesAsync();
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Publish(new ProbeEvent("explicit-transaction"), app.Clock);
            await db.SaveChangesAsync();
            Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None)); // not visible to the worker yet
            await tx.CommitAsync();
        }
        Assert.True(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));

        await using (var tx = await db.Database.BeginTransactionAsync())
        {
            db.Publish(new ProbeEvent("rolled-back"), app.Clock);
            await db.SaveChangesAsync();
            await tx.RollbackAsync();
        }
        Assert.False(await signal.WaitAsync(TimeSpan.Zero, CancellationToken.None));
    }
}

public sealed class SqliteWorkerWakeupTests() : WorkerWakeupTests(DatabaseProvider.Sqlite);

public sealed class MariaDbWorkerWakeupTests() : WorkerWakeupTests(DatabaseProvider.MySql);
