using System.Diagnostics;
using System.Globalization;

// Load run (issue #21): hundreds of signed-in users at once, each with a real Blazor circuit (SignalR, "blazorpack"),
// moving through their role's pages with think time, against the app in its own process. Not a test: it prints numbers.
//   dotnet bench/Hotline.Benchmarks.Load/bin/Release/net10.0/Hotline.Benchmarks.Load.dll --data-dir DIR [--mariadb CS]
//     [--users 300] [--minutes 10] [--ramp 60] (seconds over which the users sign in) [--think 10] (mean seconds between pages) [--verbose]
//   or --url http://host:port/ --pid PID against an app already running (the demo accounts must exist).
// Targets: p95 UI round-trip <= 150 ms, 0 errors, app memory <= 2 GB.

namespace Hotline.Benchmarks.Load;

internal static class LoadRun
{
    public static async Task<int> Main(string[] args)
    {
        string? Option(string name) => Array.IndexOf(args, name) is var i and >= 0 && i + 1 < args.Length ? args[i + 1] : null;
        double Number(string name, double fallback) => double.Parse(Option(name) ?? fallback.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
        var users = (int)Number("--users", 300);
        var duration = TimeSpan.FromMinutes(Number("--minutes", 10));
        var ramp = TimeSpan.FromSeconds(Number("--ramp", 60));
        var think = TimeSpan.FromSeconds(Number("--think", 10));

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        await using var app = Option("--url") is { } url
            ? await AppProcess.AttachAsync(new Uri(url), int.Parse(Option("--pid") ?? throw new ArgumentException("--url needs --pid (the app's process, for its memory)")))
            : await AppProcess.StartAsync(Option("--data-dir") ?? throw new ArgumentException("--data-dir DIR (a database seed-scale filled) or --url is required."), Option("--mariadb"), stop.Token);
        Console.WriteLine($"Load run — {users} users, {ramp.TotalSeconds:0} s ramp, then {duration.TotalMinutes:0.#} min; think time {think.TotalSeconds:0.#} s on average; " +
            $"{(Option("--mariadb") is null ? "SQLite" : "MariaDB")}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}; app log: {app.LogPath}");
        Console.WriteLine($"  app memory at start: {app.CurrentBytes() / 1048576.0:N0} MB");

        var recorder = new Recorder();
        var startedAt = DateTime.UtcNow;
        recorder.MeasureFrom = startedAt + ramp;
        var until = recorder.MeasureFrom + duration;
        var cpuAtStart = app.CpuTime();
        var loadCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
        var running = 0;
        var tasks = Enumerable.Range(0, users).Select(async i =>
        {
            var user = new VirtualUser(i, Role.Of(i, users), app.BaseUri, recorder, think);
            await Task.Delay(ramp * i / users, stop.Token);
            Interlocked.Increment(ref running);
            try
            {
                await user.RunAsync(until, stop.Token);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
            }
            catch (Exception e)
            {
                recorder.Error(user.Name, e.Message);
            }
            finally
            {
                Interlocked.Decrement(ref running);
            }
        }).ToList();

        var all = Task.WhenAll(tasks);
        while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))) != all)
            Console.WriteLine($"  {DateTime.UtcNow - startedAt:mm\\:ss}  circuits {Volatile.Read(ref running),4}  pages {recorder.Navigations,7:N0}  errors {recorder.ErrorCount}  app memory {app.CurrentBytes() / 1048576.0:N0} MB");
        var elapsed = DateTime.UtcNow - startedAt;
        var cpu = app.CpuTime() - cpuAtStart;
        var loadCpu = Process.GetCurrentProcess().TotalProcessorTime - loadCpuAtStart;
        var failures = app.LoggedFailures();
        Report(recorder, app, elapsed, cpu, loadCpu, failures, args.Contains("--verbose"));
        return recorder.ErrorCount == 0 && failures is null or 0 ? 0 : 1;
    }

    private static void Report(Recorder recorder, AppProcess app, TimeSpan elapsed, TimeSpan cpu, TimeSpan loadCpu, int? failures, bool verbose)
    {
        Console.WriteLine();
        Console.WriteLine($"  {"step (ms)",-34} {"count",7} {"p50",8} {"p95",8} {"max",8}   {"first render p50",16} {"p95",6}");
        foreach (var step in recorder.ByStep())
        {
            var complete = step.Select(s => s.CompleteMs).Order().ToArray();
            var first = step.Select(s => s.FirstMs).Order().ToArray();
            var firstColumns = step.Key.StartsWith('/') ? $"{Percentile(first, 0.5),16:N1} {Percentile(first, 0.95),6:N1}" : "";
            Console.WriteLine($"  {step.Key,-34} {complete.Length,7} {Percentile(complete, 0.5),8:N1} {Percentile(complete, 0.95),8:N1} {complete[^1],8:N1}   {firstColumns}");
        }
        var navigations = recorder.AllNavigations();
        var round = navigations.Select(n => n.CompleteMs).Order().ToArray();
        var firsts = navigations.Select(n => n.FirstMs).Order().ToArray();
        var memory = app.CurrentBytes();
        Console.WriteLine();
        Console.WriteLine($"  pages opened in the measured window: {round.Length:N0} ({recorder.Navigations / elapsed.TotalSeconds:N1} pages/s over the whole run)");
        Console.WriteLine($"  UI round-trip, page complete: p50 {Percentile(round, 0.5):N1} ms, p95 {Percentile(round, 0.95):N1} ms, max {(round.Length > 0 ? round[^1] : 0):N1} ms; first render p50 {Percentile(firsts, 0.5):N1}, p95 {Percentile(firsts, 0.95):N1} ms");
        Console.WriteLine($"  errors: {recorder.ErrorCount} at the users, {(failures is { } f ? f.ToString(CultureInfo.InvariantCulture) : "(not read)")} in the app's log");
        foreach (var error in recorder.Errors.Take(10))
            Console.WriteLine($"    {error}");
        foreach (var line in app.FirstFailure())
            Console.WriteLine($"    app: {line}");
        Console.WriteLine($"  app memory: {memory / 1048576.0:N0} MB after the run, {app.PeakBytes / 1048576.0:N0} MB at most; app CPU {cpu.TotalSeconds / elapsed.TotalSeconds:N2} cores on average (this load client {loadCpu.TotalSeconds / elapsed.TotalSeconds:N2})");
        Console.WriteLine($"  targets: p95 round-trip <= 150 ms {Verdict(Percentile(round, 0.95) <= 150)}, 0 errors {Verdict(recorder.ErrorCount == 0 && failures is null or 0)}, memory <= 2 GB {Verdict(app.PeakBytes <= 2L << 30)}");
        if (verbose)
            foreach (var (identifier, count) in Circuit.JsCalls.OrderByDescending(c => c.Value))
                Console.WriteLine($"    JS {identifier}: {count:N0}");
    }

    private static string Verdict(bool met) => met ? "met" : "NOT MET";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
