using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Hotline.Benchmarks.Load;
using Hotline.E2E.Infrastructure;
using Hotline.Integration.Clients;
using Hotline.Integration.Domain;
using Hotline.Intake.Contracts;
using Hotline.Intake.Decisions;
using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.EntityFrameworkCore;
using MySqlConnector;

// Two app nodes (issue #20). Not a unit test: real processes, so it runs after the build and prints what it checked.
//   dotnet bench/Hotline.Benchmarks.Nodes/bin/Release/net10.0/Hotline.Benchmarks.Nodes.dll [--requests 300] [--kill-at 0.4]
// Needs HOTLINE_TEST_MARIADB and HOTLINE_TEST_REDIS (scripts/mariadb.sh, scripts/redis.sh), nginx and Chromium (apt).
// Two app processes on one database, the key ring in it, live updates through Redis, nginx in front with ip_hash.
// 0. A dispatcher signs in through nginx in Chromium; the node holding that circuit is B. A request registered through
// node A's API must show on that page live. 1. Requests are registered through the REST API of both nodes at once.
// 2. The center accepts them one by one (each acceptance raises events the nodes deliver); after --kill-at of them node
// A is killed like kill -9, mid-batch as likely as not. Then every request must be its own case, every event delivered
// — none waiting, none given up, none handled twice — and node B must have carried on, its dispatcher's page still live.
// Exit code 1 when a check fails.

namespace Hotline.Benchmarks.Nodes;

internal static class NodesRun
{
    public static async Task<int> Main(string[] args)
    {
        var requests = Option(args, "--requests", 300);
        var killAt = Option(args, "--kill-at", 0.4);
        if (Environment.GetEnvironmentVariable(HotlineAppFactory.MariaDbVariable) is null)
            throw new InvalidOperationException($"{HotlineAppFactory.MariaDbVariable} is not set (scripts/mariadb.sh start …)");
        var redis = Environment.GetEnvironmentVariable("HOTLINE_TEST_REDIS")
                    ?? throw new InvalidOperationException("HOTLINE_TEST_REDIS is not set (scripts/redis.sh start …)");

        // The database with its demo county and an API client, made by the app itself; its own workers stay off.
        // A console app names the web project's content root itself (test projects get it from the testing package).
        var repository = new DirectoryInfo(AppContext.BaseDirectory);
        while (repository is not null && !File.Exists(Path.Combine(repository.FullName, "Hotline.Blazor.sln")))
            repository = repository.Parent;
        Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_HOTLINE_WEB", Path.Combine(repository!.FullName, "src", "Hotline.Web"));
        await using var seed = new HotlineAppFactory(DatabaseProvider.MySql) { RunBackgroundWorkers = false };
        var (_, key) = await seed.AsUserAsync("admin", sp => sp.GetRequiredService<ApiClients>()
            .RegisterAsync(new ApiClientInput("两节点测试", ApiScopes.CreateRequests | ApiScopes.ReadCases, true, [], ApiClient.MaxRatePerMinute)));
        // Development: the nodes run from the build output, whose packaged static files (MudBlazor's, blazor.web.js) only
        // Development serves from the package cache; a published app serves them from its wwwroot in any environment.
        var shared = new Dictionary<string, string>
        {
            ["Hotline__KeysInDatabase"] = "true", ["Hotline__Redis"] = redis, ["ASPNETCORE_ENVIRONMENT"] = "Development",
        };
        // Declared first, so removed last: nginx needs its pid file to stop.
        using var scratch = new ScratchDirectory(Directory.CreateTempSubdirectory("hotline-nodes-").FullName);
        var root = scratch.Path;
        await using var first = await AppProcess.StartAsync(Path.Combine(root, "1"), seed.ConnectionString, CancellationToken.None, shared);
        await using var second = await AppProcess.StartAsync(Path.Combine(root, "2"), seed.ConnectionString, CancellationToken.None, shared);
        await using var front = await NginxFront.StartAsync(Path.Combine(root, "nginx"), [first.BaseUri, second.BaseUri]);

        // 0. A dispatcher signs in through nginx; ip_hash puts the browser's circuit on one node: that one is B, the other A.
        await using var browser = await BrowserLauncher.LaunchAsync();
        var page = await DispatcherPage.SignInAsync(browser, front.BaseUri);
        var circuitNode = front.CircuitNode();
        if (circuitNode != first.BaseUri.Authority && circuitNode != second.BaseUri.Authority)
            throw new InvalidOperationException($"the browser's circuit is on no known node ({circuitNode ?? "no WebSocket in nginx's log"})");
        var (nodeA, nodeB) = circuitNode == second.BaseUri.Authority ? (first, second) : (second, first);
        Console.WriteLine($"Two app nodes — {Environment.ProcessorCount} cores; node A {nodeA.BaseUri}, node B {nodeB.BaseUri} behind nginx " +
                          $"{front.BaseUri} (ip_hash); a dispatcher's page in Chromium on node B; {requests} requests, A killed after {killAt:P0}");

        using var clientA = Client(nodeA.BaseUri, key);
        using var clientB = Client(nodeB.BaseUri, key);
        var (crossing, _) = await PostAsync(clientA, "跨节点实时：经节点 A 登记的网上诉求", "nodes-live-a", "13799990001", CancellationToken.None);
        var seenAcross = crossing is not null && await page.ShowsPendingAsync(await PendingAcceptanceAsync(seed), TimeSpan.FromSeconds(15));
        Console.WriteLine($"  a request registered through node A ({crossing ?? "refused"}): the dispatcher's page on node B " +
                          (seenAcross ? "showed it live" : "did not show it"));

        // 1. Requests registered through both nodes at once (the API's online requests wait for acceptance).
        var numbers = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();
        var wall = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (number, problem) = await PostAsync(i % 2 == 0 ? clientA : clientB, $"两节点测试：小区路灯损坏需要维修，第 {i} 号反映", $"nodes-{i}", $"137{i:00000000}", ct);
            if (number is not null)
                numbers.Add(number);
            else
                refused.Add($"node {(i % 2 == 0 ? "A" : "B")}: {problem}");
        });
        Console.WriteLine($"  {numbers.Count} of {requests} requests registered through both nodes in {wall.Elapsed.TotalSeconds:0.0} s" +
                          string.Concat(refused.Distinct().Take(3).Select(r => $"; {r}")));

        // 2. The center accepts them; each acceptance raises events the two nodes deliver. Node A dies at --kill-at.
        var pendingCases = await seed.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().Cases.AsNoTracking()
            .Where(c => c.Content.StartsWith("两节点测试") && c.Status == CaseStatus.PendingAcceptance)
            .Select(c => new { c.Id, c.Version }).ToListAsync());
        wall.Restart();
        var accepted = 0;
        foreach (var pending in pendingCases)
        {
            if (accepted == (int)(pendingCases.Count * killAt))
            {
                // Mid-delivery: the nodes poll the outbox, so a quick run may reach this point before either delivered any.
                for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(10) && (await OutboxAsync(seed.ConnectionString)).Processed == 0;)
                    await Task.Delay(100);
                nodeA.Kill();
                Console.WriteLine($"  node A killed (kill -9) after {accepted} acceptances, {(await OutboxAsync(seed.ConnectionString)).Processed} events delivered so far");
            }
            await seed.AsUserAsync("agent", sp => sp.GetRequiredService<PendingDecisions>().DecideAsync(pending.Id, pending.Version, new IntakeDecision.Accept()));
            accepted++;
        }

        // 3. Every event delivered, by node B after A died: none waiting, none given up.
        var (pendingEvents, failed, processed) = (0L, 0L, 0L);
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(5); await Task.Delay(250))
        {
            (pendingEvents, failed, processed) = await OutboxAsync(seed.ConnectionString);
            if (pendingEvents == 0)
                break;
        }
        wall.Stop();
        Console.WriteLine($"  {accepted} cases accepted; {processed} events delivered in {wall.Elapsed.TotalSeconds:0.0} s ({processed / wall.Elapsed.TotalSeconds:0} per second)");
        // 4. Node B's users carried on: the dispatcher's page, on B all along, still updates live.
        var (afterKill, _) = await PostAsync(clientB, "跨节点实时：节点 A 停止后经节点 B 登记的网上诉求", "nodes-live-b", "13799990002", CancellationToken.None);
        var stillLive = afterKill is not null && await page.ShowsPendingAsync(await PendingAcceptanceAsync(seed), TimeSpan.FromSeconds(15));
        var distinct = numbers.Distinct().Count();
        var cases = await ScalarAsync(seed.ConnectionString, "SELECT COUNT(*) FROM intake_cases WHERE Content LIKE '两节点测试%'");
        var doubled = await ScalarAsync(seed.ConnectionString,
            "SELECT COUNT(*) FROM (SELECT SourceEventId FROM integration_feed_events GROUP BY SourceEventId, Type HAVING COUNT(*) > 1) d");
        var checks = new (string What, bool Ok)[]
        {
            ($"every request answered and its own case ({distinct} numbers, {cases} cases of {requests})", distinct == requests && cases == requests),
            ($"node B kept working after A died: every case accepted ({accepted} of {pendingCases.Count})", accepted == requests),
            ($"no event waiting ({pendingEvents}) or given up ({failed})", pendingEvents == 0 && failed == 0 && processed > 0),
            ($"no event handled twice (feed rows of one event and type: {doubled} doubled)", doubled == 0),
            ("a request registered through node A appeared live on the dispatcher's page on node B (Redis relay)", seenAcross),
            ("the dispatcher's page on node B stayed live after node A died", stillLive),
        };
        foreach (var (what, ok) in checks)
            Console.WriteLine($"  {(ok ? "ok  " : "FAIL")} {what}");
        return checks.All(c => c.Ok) ? 0 : 1;
    }

    private static HttpClient Client(Uri baseUri, string key)
    {
        var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    /// <returns>The case number, or what went wrong.</returns>
    private static async Task<(string? Number, string? Problem)> PostAsync(HttpClient http, string content, string idempotencyKey, string phone, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests")
            {
                Content = JsonContent.Create(new
                {
                    content, callerName = "节点测试", callerPhone = phone,
                    address = "柳河镇", categoryCode = "C0101", requestType = "HelpRequest",
                }),
            };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            using var response = await http.SendAsync(request, ct);
            if (!response.IsSuccessStatusCode)
                return (null, $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
            var body = await response.Content.ReadFromJsonAsync<Dictionary<string, object>>(ct);
            return (body?.GetValueOrDefault("caseNumber")?.ToString(), null);
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return (null, ex.GetType().Name);
        }
    }

    /// <summary>What the 待受理（网上） figure must come to show: the online requests waiting for acceptance, in the database.</summary>
    private static Task<int> PendingAcceptanceAsync(HotlineAppFactory seed) =>
        seed.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().Cases.CountAsync(c => c.Status == CaseStatus.PendingAcceptance));

    private static async Task<(long Pending, long Failed, long Processed)> OutboxAsync(string connectionString) => (
        await ScalarAsync(connectionString, "SELECT COUNT(*) FROM platform_outbox WHERE Status = 'Pending'"),
        await ScalarAsync(connectionString, "SELECT COUNT(*) FROM platform_outbox WHERE Status = 'Failed'"),
        await ScalarAsync(connectionString, "SELECT COUNT(*) FROM platform_outbox WHERE Status = 'Processed'"));

    private static async Task<long> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new MySqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync());
    }

    private static T Option<T>(string[] args, string name, T fallback) where T : IParsable<T>
    {
        var at = Array.IndexOf(args, name);
        return at >= 0 && at + 1 < args.Length && T.TryParse(args[at + 1], System.Globalization.CultureInfo.InvariantCulture, out var value) ? value : fallback;
    }

    private sealed class ScratchDirectory(string path) : IDisposable
    {
        public string Path { get; } = path;

        public void Dispose() => Directory.Delete(Path, recursive: true);
    }
}
