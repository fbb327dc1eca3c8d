using System.Diagnostics;
using Hotline.Administration.Persistence;
using Hotline.Platform.Calendar;
using Hotline.Platform.Facts;
using Hotline.Platform.Persistence;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Platform.Seeding.Scale;

/// <summary>
/// <c>dotnet Hotline.Web.dll seed-scale --cases N --years Y [--seed S] [--prefix QH] [--batch 5000]</c>: fills a freshly initialized
/// demo database with N generated cases over Y years. Each module writes its own tables through its
/// <see cref="IScaleSeeder"/>; this class only tells the stories and reports progress.
/// </summary>
public static class ScaleGenerator
{
    public const string CommandName = "seed-scale";

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken cancellationToken = default)
    {
        var cases = IntOption(args, "--cases", 10_000);
        var years = IntOption(args, "--years", 3);
        var seed = IntOption(args, "--seed", 12345);
        var prefix = Option(args, "--prefix") ?? "QH";
        var batchSize = IntOption(args, "--batch", 5_000);
        if (cases is < 1 or > 20_000_000 || years is < 1 or > 20 || batchSize is < 100 or > 50_000)
        {
            output.WriteLine("参数无效：--cases 取 1–20,000,000，--years 取 1–20，--batch 取 100–50,000。");
            return 2;
        }

        await DatabaseInitializer.InitializeAsync(services, cancellationToken);
        var run = new ScaleRun(cases, years, seed, prefix);
        ScaleReference reference;
        List<string> modules;
        DeferredIndexes deferred;
        await using (var scope = services.CreateAsyncScope())
        {
            modules = [.. scope.ServiceProvider.GetServices<IScaleSeeder>().OrderBy(s => s.Order).Select(s => s.GetType().Name.Replace("ScaleSeeder", ""))];
            reference = await ScaleReference.LoadAsync(scope.ServiceProvider.GetRequiredService<AdministrationDbContext>(),
                scope.ServiceProvider.GetRequiredService<IWorkingCalendar>(), cancellationToken);
            foreach (var seeder in scope.ServiceProvider.GetServices<IScaleSeeder>().OrderBy(s => s.Order))
                await seeder.PrepareAsync(run, cancellationToken);
            deferred = await DeferredIndexes.SetAsideAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), cancellationToken);
        }

        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var planner = new ScalePlanner(reference, new ScaleOptions(cases, years, seed, now, prefix));
        output.WriteLine($"生成 {cases:N0} 件工单（{years} 年，种子 {seed}），模块：{string.Join("、", modules)}");
        var watch = Stopwatch.StartNew();
        var written = 0;
        void Report(int count)
        {
            written += count;
            if (written % 50_000 == 0 || written == cases)
                output.WriteLine($"  {written:N0} / {cases:N0}  {watch.Elapsed:mm\\:ss}  {written / watch.Elapsed.TotalSeconds:N0} 件/秒");
        }
        // Two stages: while one batch's rows are inserted, the next batch is told (planned and turned into every module's
        // entities), so the generator's CPU work and the database's run side by side instead of taking turns.
        InsertingBatch? inserting = null;
        try
        {
            foreach (var batch in planner.Batches(batchSize))
            {
                // A fresh scope per batch: every seeder's context starts empty and its connection is returned between batches.
                var scope = services.CreateAsyncScope();
                var rows = new List<ScaleRows>();
                foreach (var seeder in scope.ServiceProvider.GetServices<IScaleSeeder>().OrderBy(s => s.Order))
                    rows.Add(await seeder.TellAsync(batch, cancellationToken));
                if (inserting is { } previous)
                {
                    inserting = null;
                    Report(await previous.FinishAsync());
                }
                inserting = new InsertingBatch(scope, batch.Count, Task.Run(() => ScaleRows.InsertAsync(rows, cancellationToken), cancellationToken));
            }
        }
        finally
        {
            if (inserting is not null)
                Report(await inserting.FinishAsync());
        }
        await using (var scope = services.CreateAsyncScope())
        {
            await deferred.RestoreAsync(scope.ServiceProvider.GetRequiredService<PlatformDbContext>(), output, cancellationToken);
            foreach (var seeder in scope.ServiceProvider.GetServices<IScaleSeeder>().OrderBy(s => s.Order))
                await seeder.CompleteAsync(cancellationToken);
        }
        // Bulk inserts bypass the saves that keep the daily fact tables current.
        await DailyFactsRebuild.RunAsync(services, output, cancellationToken);
        output.WriteLine($"完成：{written:N0} 件，用时 {watch.Elapsed:hh\\:mm\\:ss}。");
        return 0;
    }

    private sealed record InsertingBatch(AsyncServiceScope Scope, int Count, Task Insert)
    {
        public async Task<int> FinishAsync()
        {
            try
            {
                await Insert;
            }
            finally
            {
                await Scope.DisposeAsync();
            }
            return Count;
        }
    }

    private static string? Option(string[] args, string name)
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
    }

    private static int IntOption(string[] args, string name, int fallback) =>
        Option(args, name) is { } text ? int.TryParse(text.Replace("_", "").Replace(",", ""), out var value) ? value : -1 : fallback;
}
