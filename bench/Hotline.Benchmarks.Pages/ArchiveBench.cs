using System.Diagnostics;
using Hotline.Archive.Archiving;
using Hotline.Archive.Domain;
using Hotline.Archive.Export;
using Hotline.Archive.Integrity;
using Hotline.Archive.Persistence;
using Hotline.Archive.Workbench;
using Hotline.Evaluation.Contracts;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Benchmarks.Pages;

/// <summary>
/// Archive at scale (issue #17), over the generated county's closed cases (the generator archives none): archiving the
/// next <c>records</c> closed cases one after another as the CaseClosed handler does (assembled through every module's
/// contracts, sealed into the year's chain); exporting those records as the clerk's ZIP; and verifying a chain of
/// <c>chain</c> records read from the database. The chain is a year of its own (<see cref="ChainYear"/>) sealed from the
/// real records' contents and removed afterwards.
/// </summary>
internal static class ArchiveBench
{
    public const int ChainYear = 1999;
    private const string Clerk = "archivist";

    public static async Task RunAsync(SeededApp app, int records, int chain)
    {
        var year = await ArchiveAsync(app, records);
        if (year is null)
            return;
        await ExportAsync(app, year.Value, records);
        await VerifyChainAsync(app, year.Value, chain);
    }

    private static async Task<int?> ArchiveAsync(SeededApp app, int records)
    {
        const int warmUp = 10;
        var times = new List<double>();
        var closings = await app.AsUserAsync(Clerk, async sp =>
        {
            var contexts = sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>();
            int archived;
            await using (var db = await contexts.CreateDbContextAsync())
                archived = await db.Records.CountAsync(r => r.Kind == RecordKind.Original && r.Year != ChainYear);
            var next = await sp.GetRequiredService<IEvaluationRecordFacts>().ClosedAsync(archived, records + warmUp);
            var writer = sp.GetRequiredService<ArchiveWriter>();
            foreach (var closing in next)
            {
                var watch = Stopwatch.StartNew();
                await using var db = await contexts.CreateDbContextAsync();
                await writer.ArchiveAsync(db, closing, "基准测试", CancellationToken.None);
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
            return next;
        });
        if (closings.Count <= warmUp)
        {
            Console.WriteLine("  归档：没有未归档的已办结工单");
            return null;
        }
        var timed = times.Skip(warmUp).ToList();
        Console.WriteLine($"  {$"归档一件已办结工单 ({timed.Count} 件)",-38} {Timings.Stats(timed)}   target p95 <= 50 ms {Timings.Verdict(timed[(int)Math.Ceiling(0.95 * timed.Count) - 1] <= 50)}");
        return await app.AsUserAsync(Clerk, async sp =>
        {
            await using var db = await sp.GetRequiredService<IDbContextFactory<ArchiveDbContext>>().CreateDbContextAsync();
            var ids = closings.Select(c => c.CaseId).ToList();
            return await db.Records.Where(r => ids.Contains(r.CaseId) && r.Year != ChainYear).GroupBy(r => r.Year)
                .OrderByDescending(g => g.Count()).Select(g => (int?)g.Key).FirstAsync();
        });
    }

    /// <summary>The clerk's bulk export of about <paramref name="records"/> records of <paramref name="year"/> (the year most of this run's
    /// records went to), written to a file as the job does.</summary>
    private static async Task ExportAsync(SeededApp app, int year, int records)
    {
        var file = Path.Combine(Path.GetTempPath(), $"hotline-bench-export-{Environment.ProcessId}.zip");
        using var self = Process.GetCurrentProcess();
        try
        {
            await app.AsUserAsync(Clerk, async sp =>
            {
                var export = sp.GetRequiredService<ArchiveExport>();
                const string purpose = "基准测试：批量导出";
                var query = new ArchiveQuery { Year = year };
                // A year holds more than one export may take on a second run: then its first records by number.
                if (await export.CountAsync(query, purpose) > records)
                    query = query with { Number = Hotline.Archive.Domain.ArchiveNumbers.Format(year, 1)[..^Math.Max(1, (int)Math.Log10(records))] };
                GC.Collect();
                self.Refresh();
                var before = self.WorkingSet64;
                var peak = before;
                using var sampling = new CancellationTokenSource();
                var sampler = Task.Run(async () =>
                {
                    while (!sampling.IsCancellationRequested)
                    {
                        self.Refresh();
                        peak = Math.Max(peak, self.WorkingSet64);
                        await Task.Delay(50);
                    }
                });
                var watch = Stopwatch.StartNew();
                int written;
                await using (var output = File.Create(file))
                    written = await export.ExportAsync(query, purpose, output);
                var seconds = watch.Elapsed.TotalSeconds;
                await sampling.CancelAsync();
                await sampler;
                var growth = (peak - before) / 1024.0 / 1024.0;
                Console.WriteLine($"  {$"档案批量导出 ({written} 件)",-38} {seconds,9:N1} s, {new FileInfo(file).Length / 1024.0 / 1024.0:N1} MB ZIP, " +
                                  $"{written / seconds:N1} 件/秒; app working set {before / 1024 / 1024:N0} → peak {peak / 1024 / 1024:N0} MB (+{growth:N0})   " +
                                  $"target 1,000 in <= 90 s {Timings.Verdict(seconds * 1000 / Math.Max(1, written) <= 90)}, export's own memory <= 400 MB {Timings.Verdict(growth <= 400)}");
                return true;
            });
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A year of <paramref name="chain"/> records sealed from <paramref name="year"/>'s real contents, then verified as the clerk's 校验年度.</summary>
    private static async Task VerifyChainAsync(SeededApp app, int year, int chain)
    {
        await RemoveChainAsync(app);
        await app.AsUserAsync(Clerk, async sp =>
        {
            var db = sp.GetRequiredService<ArchiveDbContext>();
            var templates = await db.Records.AsNoTracking().Where(r => r.Year == year).OrderBy(r => r.Sequence).Take(500).ToListAsync();
            var now = DateTime.UtcNow;
            ArchiveRecord? previous = null;
            for (var written = 0; written < chain;)
            {
                var batch = new List<ArchiveRecord>();
                for (; batch.Count < 10_000 && written < chain; written++)
                {
                    var t = templates[written % templates.Count];
                    // The search copies must agree with the snapshot, so the case stays the template's; (case, closing) is
                    // unique, so each copy closes a few seconds later.
                    var contents = new ArchiveRecord.Contents(t.CaseId, t.CaseNumber, t.RequestType, t.CategoryId, t.CategoryName, t.AreaId,
                        t.LeadUnitId, t.LeadUnitName, t.Content, t.CallerPhone, t.Confidential, t.Retention,
                        t.ClosedAtUtc.AddSeconds(written / templates.Count + 1), t.SnapshotJson);
                    previous = ArchiveRecord.Seal(contents, ChainYear, written + 1, previous, null, now, "基准测试");
                    batch.Add(previous);
                }
                await using var transaction = await db.Database.BeginTransactionAsync();
                await BulkInsert.WriteAsync(db, batch);
                await transaction.CommitAsync();
            }
            return true;
        });
        try
        {
            await app.AsUserAsync(Clerk, async sp =>
            {
                var watch = Stopwatch.StartNew();
                var report = await sp.GetRequiredService<ArchiveIntegrity>().VerifyYearAsync(ChainYear);
                var seconds = watch.Elapsed.TotalSeconds;
                Console.WriteLine($"  {$"档案链校验 ({report.Checked:N0} 件, 读库)",-38} {seconds,9:N1} s, {report.Checked / seconds:N0} 件/秒, " +
                                  $"{(report.Intact ? "完好" : $"{report.Problems.Count} 处问题")}   target 100,000 in <= 60 s {Timings.Verdict(report.Intact && seconds * 100_000 / report.Checked <= 60)}");
                return true;
            });
        }
        finally
        {
            await RemoveChainAsync(app);
        }
    }

    private static Task RemoveChainAsync(SeededApp app) => app.AsUserAsync(Clerk, sp =>
        sp.GetRequiredService<ArchiveDbContext>().Records.Where(r => r.Year == ChainYear).ExecuteDeleteAsync());
}
