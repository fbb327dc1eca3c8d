using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Hotline.Integration.Clients;
using Hotline.Integration.Domain;
using Hotline.Integration.Feed;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

// Integration API benchmark (issue #19): the real app on Kestrel, a fresh database, real HTTP. Not a test: it prints numbers.
//   dotnet run -c Release --project bench/Hotline.Benchmarks.Api [-- --posts 200 --cases 2000 --reads 500 --feed 10000 --mariadb]
// Targets: 200 concurrent Open311 POSTs all land with distinct ids; API reads p95 <= 30 ms; 10,000 feed events delivered <= 60 s.
// --mariadb uses the server in HOTLINE_TEST_MARIADB (scripts/mariadb.sh starts one).

namespace Hotline.Benchmarks.Api;

/// <summary>An explicit entry point: the app's own top-level <c>Program</c> is what the factory starts.</summary>
internal static class ApiBenchmark
{
    public static async Task Main(string[] args)
    {
        var posts = Option("--posts", 200);
        var cases = Option("--cases", 2000);
        var reads = Option("--reads", 500);
        var feedEvents = Option("--feed", 10_000);
        var provider = args.Contains("--mariadb") ? DatabaseProvider.MySql : DatabaseProvider.Sqlite;

        await using var app = new BenchApp(provider);
        var baseAddress = app.Start();
        Console.WriteLine($"Integration API benchmark — {provider}, {Environment.ProcessorCount} cores, .NET {Environment.Version}");

        // 1. Open311: 200 POSTs at once, each must become its own case.
        var writer = await ClientAsync(ApiScopes.CreateRequests | ApiScopes.ReadCases | ApiScopes.Feed);
        using var http = new HttpClient { BaseAddress = baseAddress };
        var postTimes = new ConcurrentBag<double>();
        var ids = new ConcurrentBag<string>();
        var failures = 0;
        var wall = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, posts).Select(async i =>
        {
            var watch = Stopwatch.StartNew();
            using var response = await http.PostAsync("/open311/v2/requests.json", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["api_key"] = writer, ["service_code"] = "C0101", ["address_string"] = "城关街道文昌社区", ["description"] = $"小区路灯损坏需要维修，第 {i} 号反映",
                ["phone"] = $"139{i:00000000}",
            }));
            postTimes.Add(watch.Elapsed.TotalMilliseconds);
            if (!response.IsSuccessStatusCode)
            {
                Interlocked.Increment(ref failures);
                return;
            }
            ids.Add(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement[0].GetProperty("service_request_id").GetString()!);
        }));
        wall.Stop();
        var distinct = ids.Distinct().Count();
        Console.WriteLine($"  {posts} concurrent Open311 POSTs: {ids.Count} landed, {distinct} distinct ids, {failures} failed, {wall.Elapsed.TotalSeconds:0.0} s   " +
                          $"{Verdict(distinct == posts && failures == 0)}");
        Print("  POST requests.json latency", postTimes);

        // 2. Registration throughput through the REST API, 8 clients at a time, to give the reads a database to work on.
        var registerTimes = new ConcurrentBag<double>();
        wall.Restart();
        await Parallel.ForEachAsync(Enumerable.Range(0, cases), new ParallelOptions { MaxDegreeOfParallelism = 8 }, async (i, ct) =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/requests")
            {
                Content = JsonContent.Create(new
                {
                    content = $"道路破损影响通行，请尽快修复（基准 {i}）", callerName = "基准测试", callerPhone = $"138{i:00000000}", address = "柳河镇",
                    categoryCode = "C0101", requestType = "HelpRequest",
                }),
            };
            request.Headers.Add("X-Api-Key", writer);
            var watch = Stopwatch.StartNew();
            using var response = await http.SendAsync(request, ct);
            registerTimes.Add(watch.Elapsed.TotalMilliseconds);
            response.EnsureSuccessStatusCode();
        });
        wall.Stop();
        Console.WriteLine($"  {cases} requests registered through POST /api/v1/requests: {cases / wall.Elapsed.TotalSeconds:0} per second");
        Print("  POST /api/v1/requests latency", registerTimes);

        // 3. Reads: one case, a list page, Open311 requests.
        var reader = await ClientAsync(ApiScopes.ReadCases);
        http.DefaultRequestHeaders.Add("X-Api-Key", reader);
        var numbers = ids.ToList();
        var one = await TimeAsync(reads, i => http.GetAsync($"/api/v1/cases/{numbers[i % numbers.Count]}"));
        Print("  GET /api/v1/cases/{number}", one, target: 30);
        var list = await TimeAsync(reads, _ => http.GetAsync("/api/v1/cases?limit=50&status=PendingAcceptance"));
        Print("  GET /api/v1/cases?limit=50", list, target: 30);
        var open311 = await TimeAsync(Math.Max(20, reads / 10), _ => http.GetAsync($"/open311/v2/requests.json?api_key={reader}"));
        Print("  GET /open311/v2/requests.json (≤ 1000)", open311);

        // 4. Feed: 10,000 events to a local receiver, signed, through the outbox-style delivery.
        await using var receiver = await LocalReceiver.StartAsync();
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<FeedSubscriptions>()
            .CreateAsync(app.ClientIdOf(writer), FeedEventTypeNames.All.Aggregate(FeedEventType.None, (a, t) => a | t), receiver.Url));
        wall.Restart();
        await app.AddFeedEventsAsync(feedEvents);
        while (receiver.Count < feedEvents && wall.Elapsed < TimeSpan.FromMinutes(5))
            await Task.Delay(100);
        wall.Stop();
        Console.WriteLine($"  {feedEvents} feed events delivered to a local receiver: {receiver.Count} in {wall.Elapsed.TotalSeconds:0.0} s   target <= 60 s   " +
                          $"{Verdict(receiver.Count >= feedEvents && wall.Elapsed.TotalSeconds <= 60)}");
        return;

        async Task<string> ClientAsync(ApiScopes scopes)
        {
            var (id, key) = await app.AsUserAsync("admin", sp => sp.GetRequiredService<ApiClients>()
                .RegisterAsync(new ApiClientInput($"基准-{Guid.NewGuid():N}"[..10], scopes, true, [], ApiClient.MaxRatePerMinute)));
            app.Remember(key, id);
            return key;
        }

        static async Task<List<double>> TimeAsync(int count, Func<int, Task<HttpResponseMessage>> call)
        {
            for (var i = 0; i < Math.Min(20, count); i++)
                (await call(i)).Dispose();
            var times = new List<double>(count);
            for (var i = 0; i < count; i++)
            {
                var watch = Stopwatch.StartNew();
                using var response = await call(i);
                times.Add(watch.Elapsed.TotalMilliseconds);
                response.EnsureSuccessStatusCode();
            }
            return times;
        }

        static void Print(string label, IEnumerable<double> times, double? target = null)
        {
            var sorted = times.Order().ToList();
            double At(double q) => sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(q * sorted.Count) - 1)];
            var verdict = target is { } t ? $"   target p95 <= {t} ms   {Verdict(At(0.95) <= t)}" : "";
            Console.WriteLine($"{label,-44} n={sorted.Count,5}  p50 {At(0.5),7:0.0} ms  p95 {At(0.95),7:0.0} ms  max {sorted[^1],7:0.0} ms{verdict}");
        }

        static string Verdict(bool met) => met ? "met" : "NOT MET";

        int Option(string name, int fallback)
        {
            var index = Array.IndexOf(args, name);
            return index >= 0 && index + 1 < args.Length && int.TryParse(args[index + 1], out var value) && value > 0 ? value : fallback;
        }
    }
}
