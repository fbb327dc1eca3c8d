using Hotline.Platform.Organization;
using Hotline.Supervision.Contracts;
using Hotline.Supervision.Deadlines;
using Hotline.Supervision.Domain;
using Hotline.Supervision.Graded;
using Hotline.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Benchmarks.Pages;

/// <summary>
/// The deadline watch at a county's busiest (issue #15: 200,000 open deadlines). The generated county ends with a few
/// thousand open assignments, so <c>--open-deadlines N</c> adds N open deadlines of the member units, due from three
/// days ago to fifteen days ahead and standing as the watch would have left them a minute ago (past ones overdue, near
/// ones warned), with one in 2,000 crossing a threshold since then — the work of one tick (what crossed in the generated
/// data since it was generated is raised first, once, as the worker would have). The benchmark runs the tick
/// itself (the app's one-minute worker is off in the benchmark host), each time in a transaction it rolls back, so every
/// run does the same work; the added rows are removed at the end.
/// </summary>
internal static class SupervisionWatchBench
{
    private const string Marker = "BENCH-";

    public static async Task AddAsync(SeededApp app, int open)
    {
        await RemoveAsync(app);
        // What crossed a threshold since the database was generated is raised once, as the app's worker would have done.
        await app.AsUserAsync("admin", async sp =>
        {
            await sp.GetRequiredService<DeadlineWatchPass>().RunAsync();
            return await sp.GetRequiredService<EscalationPass>().RunAsync();
        });
        await app.AsUserAsync("admin", async sp =>
        {
            var now = DateTime.UtcNow;
            var lastTick = now.AddMinutes(-1);
            var settings = await sp.GetRequiredService<DeadlineWatchSettingsService>().GetAsync();
            var units = (await sp.GetRequiredService<IUnitDirectory>().ActiveUnitsAsync())
                .Where(u => u.Type != UnitType.Center).Select(u => u.Id).ToArray();
            WatchedDeadlineKind[] kinds = [WatchedDeadlineKind.SignFor, WatchedDeadlineKind.FirstContact, WatchedDeadlineKind.Completion,
                WatchedDeadlineKind.Completion, WatchedDeadlineKind.Completion];
            var random = new Random(15);
            var rows = new List<WatchedDeadline>(open);
            for (var i = 0; i < open; i++)
            {
                var kind = kinds[i % kinds.Length];
                var crossing = i % 2000 == 0;
                var due = crossing
                    ? (i % 4000 == 0 ? now.AddSeconds(-random.Next(1, 60)) : now + settings.Threshold(kind) - TimeSpan.FromSeconds(random.Next(1, 60)))
                    : now.AddMinutes(random.Next(-3 * 24 * 60, 15 * 24 * 60));
                var row = WatchedDeadline.Start(Guid.CreateVersion7(), $"{Marker}{i:D7}", Guid.CreateVersion7(), units[i % units.Length], kind, due);
                if (!crossing && !row.MarkOverdueIfPast(lastTick))
                    row.WarnIfNear(lastTick, settings.Threshold(kind));
                rows.Add(row);
            }
            var db = sp.GetRequiredService<SupervisionDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            await Hotline.Platform.Persistence.BulkInsert.WriteAsync(db, rows);
            await transaction.CommitAsync();
            return true;
        });
    }

    /// <summary>One tick of the watch worker: the warning/overdue pass, then the escalation rules; rolled back.</summary>
    public static async Task<(int Warned, int Overdue, int Escalated)> TickAsync(IServiceProvider sp)
    {
        var db = sp.GetRequiredService<SupervisionDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync();
        var (warned, overdue) = await sp.GetRequiredService<DeadlineWatchPass>().RunAsync();
        var escalated = await sp.GetRequiredService<EscalationPass>().RunAsync();
        await transaction.RollbackAsync();
        return (warned, overdue, escalated);
    }

    public static Task RemoveAsync(SeededApp app) => app.AsUserAsync("admin", sp =>
        sp.GetRequiredService<SupervisionDbContext>().Deadlines.Where(d => d.CaseNumber.StartsWith(Marker)).ExecuteDeleteAsync());
}
