using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using Hotline.Benchmarks.Load;
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
// Needs HOTLINE_TEST_MARIADB and HOTLINE_TEST_REDIS (scripts/mariadb.sh, scripts/redis.sh). Two app processes on one
// database, the key ring in it, live updates through Redis. 1. Requests are registered through the REST API of both
// nodes at once. 2. The center accepts them one by one (each acceptance raises events the nodes deliver); after
// --kill-at of them node A is killed like kill -9, mid-batch as likely as not. Then every request must be its own
// case, every event delivered — none waiting, none given up, none handled twice — and node B must have carried on.
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
        var shared = new Dictionary<string, string> { ["Hotline__KeysInDatabase"] = "true", ["Hotline__Redis"] = redis };
        var root = Directory.CreateTempSubdirectory("hotline-nodes-").FullName;
        await using var nodeA = await AppProcess.StartAsync(Path.Combine(root, "a"), seed.ConnectionString, CancellationToken.None, shared);
        await using var nodeB = await AppProcess.StartAsync(Path.Combine(root, "b"), seed.ConnectionString, CancellationToken.None, shared);
        Console.WriteLine($"Two app nodes — {Environment.ProcessorCount} cores; node A {nodeA.BaseUri}, node B {nodeB.BaseUri}; {requests} requests, A killed after {killAt:P0}");

        using var clientA = Client(nodeA.BaseUri, key);
        using var clientB = Client(nodeB.BaseUri, key);

        // 1. Requests registered through both nodes at once (the API's online requests wait for acceptance).
        var numbers = new ConcurrentBag<string>();
        var refused = new ConcurrentBag<string>();
        var wall = Stopwatch.StartNew();
        await Parallel.ForEachAsync(Enumerable.Range(0, requests), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            var (number, problem) = await PostAsync(i % 2 == 0 ? clientA : clientB, i, ct);
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
        };
        foreach (var (what, ok) in checks)
            Console.WriteLine($"  {(ok ? "ok  " : "FAIL")} {what}");
        Directory.Delete(root, recursive: true);
        return checks.All(c => c.Ok) ? 0 : 1;
    }

    private static HttpClient Client(Uri baseUri, string key)
    {
        var http = new HttpClient { BaseAddress = baseUri, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        return http;
    }

    /// <returns>The case number, or what went wrong.</returns>
    private static async Task<(string? Number, string? Problem)> PostAsync(HttpClient http, int i, CancellationToken ct)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests")
            {
                Content = JsonContent.Create(new
                {
                    content = $"两节点测试：小区路灯损坏需要维修，第 {i} 号反映", callerName = "节点测试", callerPhone = $"137{i:00000000}",
                    address = "柳河镇", categoryCode = "C0101", requestType = "HelpRequest",
                }),
            };
            request.Headers.Add("Idempotency-Key", $"nodes-{i}");
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
}
