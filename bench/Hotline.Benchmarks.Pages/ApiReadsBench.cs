using System.Diagnostics;
using Hotline.Integration.Clients;
using Hotline.Integration.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Benchmarks.Pages;

/// <summary>
/// The integration API's reads over the generated county (issue #19: p95 ≤ 30 ms at 1,000,000 cases), as a department's
/// system makes them with its key: one case's status and timeline, a case's revisits, list pages by status, by unit and
/// date, the next page by cursor, categories and units, and Open311's list (up to 1,000, the last 90 days) and one request.
/// A key for every unit and one for the housing bureau's cases alone; each call is timed on the server's side of HTTP.
/// </summary>
internal static class ApiReadsBench
{
    public static async Task RunAsync(SeededApp app, int runs)
    {
        var cases = await app.AsUserAsync("admin", sp => sp.GetRequiredService<Hotline.Intake.Persistence.IntakeDbContext>().Cases.CountAsync());
        // Case numbers spread over the whole span, newest to oldest.
        var numbers = new List<string>();
        for (var i = 0; i < 20; i++)
        {
            var skip = (int)((long)cases * i / 20);
            numbers.Add(await app.AsUserAsync("admin", sp => sp.GetRequiredService<Hotline.Intake.Persistence.IntakeDbContext>().Cases
                .OrderByDescending(c => c.RegisteredAtUtc).Skip(skip).Select(c => c.Number).FirstAsync()));
        }
        var everyUnit = await KeyAsync(app, allUnits: true);
        var housing = await KeyAsync(app, allUnits: false);
        using var http = app.CreateClient();
        var today = Hotline.Platform.Time.ChinaTime.DateOf(DateTime.UtcNow);
        var cursor = "";

        async Task Time(string name, string key, Func<int, string> path, double? target = 30)
        {
            var times = new List<double>();
            for (var i = 0; i <= runs * 4; i++)
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path(i));
                request.Headers.Add("X-Api-Key", key);
                var watch = Stopwatch.StartNew();
                using var response = await http.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"GET {path(i)}: {(int)response.StatusCode} {body}");
                if (i > 0)
                    times.Add(watch.Elapsed.TotalMilliseconds);
                if (body.Contains("\"nextCursor\":\"", StringComparison.Ordinal))
                    cursor = body.Split("\"nextCursor\":\"")[1].Split('"')[0];
            }
            var p95 = times.Order().ElementAt((int)Math.Ceiling(0.95 * times.Count) - 1);
            Console.WriteLine($"  {name,-38} {Timings.Stats(times)}   {(target is { } t ? $"target p95 <= {t} ms {Timings.Verdict(p95 <= t)}" : "")}");
        }

        await Time("API 工单状态与进度 /cases/{number}", everyUnit, i => $"/api/v1/cases/{numbers[i % numbers.Count]}");
        await Time("API 回访结果 /cases/{number}/revisits", everyUnit, i => $"/api/v1/cases/{numbers[i % numbers.Count]}/revisits");
        await Time("API 工单列表 50 条", everyUnit, _ => "/api/v1/cases?limit=50");
        await Time("API 工单列表 下一页 (游标)", everyUnit, _ => $"/api/v1/cases?limit=50&cursor={Uri.EscapeDataString(cursor)}");
        await Time("API 工单列表 状态=办理中", everyUnit, _ => "/api/v1/cases?limit=50&status=InHandling");
        await Time("API 工单列表 住建局 近 30 天", everyUnit, _ => $"/api/v1/cases?limit=50&unit=ZJJ&from={today.AddDays(-30):yyyy-MM-dd}&to={today:yyyy-MM-dd}");
        await Time("API 工单列表 (限住建局的密钥)", housing, _ => "/api/v1/cases?limit=50");
        await Time("API 事项分类 / 成员单位", everyUnit, i => i % 2 == 0 ? "/api/v1/categories" : "/api/v1/units");
        await Time("Open311 GET requests/{id}", everyUnit, i => $"/open311/v2/requests/{numbers[i % numbers.Count]}.json?api_key={everyUnit}");
        await Time("Open311 GET requests (90 天, ≤ 1000)", everyUnit, _ => $"/open311/v2/requests.json?api_key={everyUnit}", target: null);
    }

    private static Task<string> KeyAsync(SeededApp app, bool allUnits) => app.AsUserAsync("admin", async sp =>
    {
        var housing = await sp.GetRequiredService<Hotline.Platform.Organization.IUnitDirectory>().FindByCodeAsync("ZJJ");
        var (_, key) = await sp.GetRequiredService<ApiClients>().RegisterAsync(new ApiClientInput($"基准-{Guid.NewGuid():N}"[..10],
            ApiScopes.ReadCases, allUnits, allUnits ? [] : [housing!.Id], ApiClient.MaxRatePerMinute));
        return key;
    });
}
