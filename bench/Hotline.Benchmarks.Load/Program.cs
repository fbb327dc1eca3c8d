using System.Diagnostics;
using System.Globalization;

// Load run (issue #21): hundreds of signed-in users at once, each with a real Blazor circuit (SignalR, "blazorpack"),
// moving through their role's pages with think time, against the app in its own process. Not a test: it prints numbers.
//   dotnet bench/Hotline.Benchmarks.Load/bin/Release/net10.0/Hotline.Benchmarks.Load.dll --data-dir DIR [--mariadb CS]
//     [--users 300] [--minutes 10] [--ramp 60] (seconds over which the users sign in) [--think 10] (mean seconds between pages) [--verbose]
//   or --url http://host:port/ --pid PID against an app already running (the demo accounts must exist);
//   --nodes 2 --mariadb CS [--redis host:port]: two app processes on the one database, users spread over them (issue #20).
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
        var apps = await StartAppsAsync(Option, (int)Number("--nodes", 1), stop.Token);
        try
        {
            var database = Option("--mariadb") is null ? "SQLite" : "MariaDB";
            var where = apps.Count == 1 ? "" : $" spread over {apps.Count} app nodes (one MariaDB{(Option("--redis") is null ? "" : ", live updates through Redis")})";
            Console.WriteLine($"Load run — {users} users{where}, {ramp.TotalSeconds:0} s ramp, then {duration.TotalMinutes:0.#} min; think time {think.TotalSeconds:0.#} s on average; " +
                $"{database}, {Environment.ProcessorCount} cores, {DateTime.UtcNow:yyyy-MM-dd}; app log: {string.Join(", ", apps.Select(a => a.LogPath))}");
            Console.WriteLine($"  app memory at start: {string.Join(" + ", apps.Select(a => $"{a.CurrentBytes() / 1048576.0:N0}"))} MB");

            var startedAt = DateTime.UtcNow;
            var recorders = apps.Select(_ => new Recorder { MeasureFrom = startedAt + ramp }).ToList();
            var until = startedAt + ramp + duration;
            var cpuAtStart = apps.Select(a => a.CpuTime()).ToList();
            var loadCpuAtStart = Process.GetCurrentProcess().TotalProcessorTime;
            var running = 0;
            // User i works on node i mod N, as ip_hash would spread users coming from many addresses.
            var tasks = Enumerable.Range(0, users).Select(async i =>
            {
                var user = new VirtualUser(i, Role.Of(i, users), apps[i % apps.Count].BaseUri, recorders[i % apps.Count], think);
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
                    recorders[i % apps.Count].Error(user.Name, e.Message);
                }
                finally
                {
                    Interlocked.Decrement(ref running);
                }
            }).ToList();

            var all = Task.WhenAll(tasks);
            while (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(30))) != all)
                Console.WriteLine($"  {DateTime.UtcNow - startedAt:mm\\:ss}  circuits {Volatile.Read(ref running),4}  pages {recorders.Sum(r => r.Navigations),7:N0}  " +
                                  $"errors {recorders.Sum(r => r.ErrorCount)}  app memory {string.Join(" + ", apps.Select(a => $"{a.CurrentBytes() / 1048576.0:N0}"))} MB");
            var elapsed = DateTime.UtcNow - startedAt;
            var nodes = apps.Select((app, k) => new NodeFigures(app, recorders[k], app.CpuTime() - cpuAtStart[k], app.LoggedFailures())).ToList();
            var loadCpu = Process.GetCurrentProcess().TotalProcessorTime - loadCpuAtStart;
            Report(nodes, elapsed, loadCpu, args.Contains("--verbose"));
            return nodes.All(n => n.Recorder.ErrorCount == 0 && n.Failures is null or 0) ? 0 : 1;
        }
        finally
        {
            foreach (var app in apps)
                await app.DisposeAsync();
        }
    }

    /// <summary>What one app node did in the run.</summary>
    private sealed record NodeFigures(AppProcess App, Recorder Recorder, TimeSpan Cpu, int? Failures);

    /// <summary>
    /// The app: attached (--url, --pid), or started over --data-dir; with --nodes N (MariaDB only) N processes on the one
    /// database, each with its own data directory under --data-dir, the key ring in the database, Redis when --redis.
    /// </summary>
    private static async Task<IReadOnlyList<AppProcess>> StartAppsAsync(Func<string, string?> option, int nodes, CancellationToken cancellationToken)
    {
        if (option("--url") is { } url)
            return nodes > 1 ? throw new ArgumentException("--nodes starts its own app processes: it does not go with --url.") : [await AppProcess.AttachAsync(new Uri(url), int.Parse(option("--pid") ?? throw new ArgumentException("--url needs --pid (the app's process, for its memory)")))];
        var dataDirectory = option("--data-dir") ?? throw new ArgumentException("--data-dir DIR (a database seed-scale filled) or --url is required.");
        var mariaDb = option("--mariadb");
        if (nodes == 1)
            return [await AppProcess.StartAsync(dataDirectory, mariaDb, cancellationToken)];
        if (mariaDb is null)
            throw new ArgumentException("--nodes needs --mariadb: several app nodes share one MariaDB.");
        var shared = new Dictionary<string, string> { ["Hotline__KeysInDatabase"] = "true" };
        if (option("--redis") is { } redis)
            shared["Hotline__Redis"] = redis;
        var apps = new List<AppProcess>();
        try
        {
            for (var k = 0; k < nodes; k++)
                apps.Add(await AppProcess.StartAsync(Path.Combine(dataDirectory, $"node-{k + 1}"), mariaDb, cancellationToken, shared));
            return apps;
        }
        catch
        {
            foreach (var app in apps)
                await app.DisposeAsync();
            throw;
        }
    }

    private static void Report(IReadOnlyList<NodeFigures> nodes, TimeSpan elapsed, TimeSpan loadCpu, bool verbose)
    {
        var recorder = Recorder.Merge(nodes.Select(n => n.Recorder).ToList());
        Console.WriteLine();
        Console.WriteLine($"  {"step (ms)",-34} {"count",7} {"p50",8} {"p95",8} {"max",8}   {"first render p50",16} {"p95",6}");
        foreach (var step in recorder.ByStep())
        {
            var complete = step.Select(s => s.CompleteMs).Order().ToArray();
            var first = step.Select(s => s.FirstMs).Order().ToArray();
            var firstColumns = step.Key.StartsWith('/') ? $"{Percentile(first, 0.5),16:N1} {Percentile(first, 0.95),6:N1}" : "";
            Console.WriteLine($"  {step.Key,-34} {complete.Length,7} {Percentile(complete, 0.5),8:N1} {Percentile(complete, 0.95),8:N1} {complete[^1],8:N1}   {firstColumns}");
        }
        var (round, firsts) = RoundTrips(recorder);
        var failures = nodes.All(n => n.Failures is null) ? (int?)null : nodes.Sum(n => n.Failures ?? 0);
        var peak = nodes.Max(n => n.App.PeakBytes);
        Console.WriteLine();
        Console.WriteLine($"  pages opened in the measured window: {round.Length:N0} ({recorder.Navigations / elapsed.TotalSeconds:N1} pages/s over the whole run)");
        Console.WriteLine($"  UI round-trip, page complete: p50 {Percentile(round, 0.5):N1} ms, p95 {Percentile(round, 0.95):N1} ms, max {(round.Length > 0 ? round[^1] : 0):N1} ms; first render p50 {Percentile(firsts, 0.5):N1}, p95 {Percentile(firsts, 0.95):N1} ms");
        Console.WriteLine($"  errors: {recorder.ErrorCount} at the users, {(failures is { } f ? f.ToString(CultureInfo.InvariantCulture) : "(not read)")} in the app's log");
        foreach (var error in recorder.Errors.Take(10))
            Console.WriteLine($"    {error}");
        foreach (var line in nodes.SelectMany(n => n.App.FirstFailure()).Take(20))
            Console.WriteLine($"    app: {line}");
        foreach (var (node, k) in nodes.Select((n, k) => (n, k)))
        {
            var (nodeRound, _) = RoundTrips(node.Recorder);
            var name = nodes.Count == 1 ? "app" : $"node {k + 1} ({node.App.BaseUri.Authority})";
            Console.WriteLine($"  {name}: {node.Recorder.Navigations / elapsed.TotalSeconds:N1} pages/s, p95 {Percentile(nodeRound, 0.95):N1} ms; " +
                              $"memory {node.App.CurrentBytes() / 1048576.0:N0} MB after the run, {node.App.PeakBytes / 1048576.0:N0} MB at most; CPU {node.Cpu.TotalSeconds / elapsed.TotalSeconds:N2} cores on average");
        }
        Console.WriteLine($"  this load client: CPU {loadCpu.TotalSeconds / elapsed.TotalSeconds:N2} cores on average");
        Console.WriteLine($"  targets: p95 round-trip <= 150 ms {Verdict(Percentile(round, 0.95) <= 150)}, 0 errors {Verdict(recorder.ErrorCount == 0 && failures is null or 0)}, memory <= 2 GB per node {Verdict(peak <= 2L << 30)}");
        if (verbose)
            foreach (var (identifier, count) in Circuit.JsCalls.OrderByDescending(c => c.Value))
                Console.WriteLine($"    JS {identifier}: {count:N0}");
    }

    private static (double[] Round, double[] Firsts) RoundTrips(Recorder recorder)
    {
        var navigations = recorder.AllNavigations();
        return (navigations.Select(n => n.CompleteMs).Order().ToArray(), navigations.Select(n => n.FirstMs).Order().ToArray());
    }

    private static string Verdict(bool met) => met ? "met" : "NOT MET";

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Min(sorted.Length - 1, (int)Math.Ceiling(p * sorted.Length) - 1)];
}
