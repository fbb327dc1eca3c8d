using System.Diagnostics;
using Hotline.Dispatch.Queue;
using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Revisits;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Inbox;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseView;
using Hotline.Intake.Contracts;
using Hotline.Intake.Decisions;
using Hotline.Intake.Public;
using Hotline.Intake.Registration;
using Hotline.Intake.Scale;
using Hotline.Platform.Catalog;
using Hotline.Platform.Time;
using Hotline.Assessment.Analysis.Dashboard;
using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Reports;
using Hotline.Assessment.Sheets;
using Hotline.Supervision.Workbench;
using Hotline.Knowledge.Contracts;
using Hotline.Platform.Documents;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

// Page benchmark (issue #21): the real app over a database filled by scripts/seed-scale.sh. Not a test: it prints numbers.
//   dotnet bench/Hotline.Benchmarks.Pages/bin/Release/net10.0/Hotline.Benchmarks.Pages.dll --data-dir DIR [--mariadb CS] [--runs 20] [--registrations 300]
//     [--open-deadlines N] (open deadlines added for the watch tick) [--archive N] [--chain N] (records archived and exported; a chain verified) [--import N] (knowledge articles)
//     [--agents 8] [--rate 50] (registrations arriving per second) [--seconds 6] (how long they arrive) [--browser] (page ready in Chromium instead) [--only TEXT,TEXT] (the measurements whose name contains one of them) [--sql-log] (print every SQL command with its time)
//     [--trace DIR] (with --browser: Chromium traces of each role's last sign-in, both browsers)
// For each page: "data" is the service call that fills it (as the page makes it, signed in as the page's user);
// "page" is the server-rendered GET of the page with a signed-in cookie, as a browser's first request.
// Targets at 1,000,000 cases: p95 <= 100 ms (MariaDB) / 200 ms (SQLite); registration >= 50 cases/s with p95 <= 100 ms.

namespace Hotline.Benchmarks.Pages;

/// <summary>An explicit entry point: the app's own top-level <c>Program</c> is what the factory starts.</summary>
internal static class PageBenchmark
{
    public static async Task Main(string[] args)
    {
        var dataDir = Option("--data-dir") ?? throw new ArgumentException("--data-dir DIR (the data directory seed-scale filled) is required.");
        var mariaDb = Option("--mariadb");
        var runs = int.Parse(Option("--runs") ?? "20");
        var registrations = int.Parse(Option("--registrations") ?? "300");
        var only = Option("--only")?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var agents = int.Parse(Option("--agents") ?? "8");
        var rate = double.Parse(Option("--rate") ?? "50", System.Globalization.CultureInfo.InvariantCulture);
        var steadySeconds = int.Parse(Option("--seconds") ?? "6");

        var openDeadlines = int.Parse(Option("--open-deadlines") ?? "0");
        var archive = int.Parse(Option("--archive") ?? "0");
        var chain = int.Parse(Option("--chain") ?? "0");
        var import = int.Parse(Option("--import") ?? "0");
        var inBrowser = args.Contains("--browser");
        await using var app = new SeededApp(dataDir, mariaDb, args.Contains("--sql-log"));
        // Start: migrations are already applied, reference seeding finds everything in place. A browser needs a real port.
        if (inBrowser)
        {
            app.UseKestrel(0);
            app.StartServer();
        }
        else
        {
            _ = app.Server;
        }
        var cases = await app.AsUserAsync("admin", async sp => await sp.GetRequiredService<Hotline.Intake.Persistence.IntakeDbContext>().Cases.CountAsync());
        var sample = await app.AsUserAsync("admin", async sp => await sp.GetRequiredService<Hotline.Intake.Persistence.IntakeDbContext>().Cases
            .OrderByDescending(c => c.RegisteredAtUtc).Skip(cases / 3).Select(c => new { c.Id, c.Number, c.LeadUnitId }).FirstAsync());
        var today = ChinaTime.DateOf(DateTime.UtcNow);
        Console.WriteLine($"Page benchmark — {(mariaDb is null ? "SQLite" : "MariaDB")}, {cases:N0} cases, {runs} runs each, {Environment.ProcessorCount} cores, .NET {Environment.Version}, {DateTime.UtcNow:yyyy-MM-dd}");
        Console.WriteLine($"  {"page",-38} {"data p50",9} {"p95",7} {"max",7}   {(inBrowser ? "ready p50" : "page p50"),9} {"p95",7} {"max",7}");

        if (inBrowser)
        {
            var address = app.Services.GetRequiredService<Microsoft.AspNetCore.Hosting.Server.IServer>().Features
                .Get<Microsoft.AspNetCore.Hosting.Server.Features.IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
            // --only picks the pages (and 知识推荐); every role still signs in, timed, since the pages need their sessions.
            await BrowserTimings.RunAsync(address, new BrowserTimings.Target[]
            {
                new("案件列表 首页 (agent)", "agent", "/cases", "[data-testid=case-table] tbody tr"),
                new("案件详情 (agent)", "agent", $"/cases/{sample.Id}", "[data-testid=case-number]"),
                new("单位工作台 (zjj)", "zjj", "/unit/inbox", "[data-testid=inbox-row-number], [data-testid=inbox-table] :text('没有工单')"),
                new("派单队列 (dispatcher)", "dispatcher", "/dispatch", "[data-testid=queue-row], [data-testid=queue-empty]"),
                new("期限看板 (supervisor)", "supervisor", "/handling/deadlines", "[data-testid=deadlines-row-number], [data-testid=deadlines-table] :text('没有符合条件')"),
                new("回访队列 (agent)", "agent", "/evaluation/revisits", "[data-testid=queue-row], [data-testid=queue-empty]"),
                new("满意度统计 本月 (assessor)", "assessor", "/evaluation/figures", "[data-testid=figures-row], [data-testid=figures-empty]"),
                new("考核 本月 (assessor)", "assessor", "/assessment", "[data-testid=assessment-score]"),
                new("驾驶舱 (supervisor)", "supervisor", "/analysis/dashboard", "[data-testid=dashboard-today]"),
            }.Where(t => Wanted(t.Name)).ToList(),
            [("agent", "[data-testid=today-registered]"), ("zjj", "[data-testid=unit-inbox-widget]"), ("dispatcher", "[data-testid=dispatch-widget]"),
             ("supervisor", "[data-testid=overdue-signfor]"), ("assessor", BrowserTimings.Greeting)], runs, Stats,
            !Wanted("知识推荐") ? [] : [("物业费怎么收", "住宅小区物业服务费收费标准"), ("暖气不热", "暖气不热、漏水怎么报修"), ("公积金提取", "住房公积金提取条件和办理材料"),
             ("孩子刚出生怎么上户口", "新生儿落户办理"), ("工地晚上施工太吵", "夜间施工噪声扰民投诉"), ("买东西商家不给退货", "消费纠纷投诉和维权")], Option("--trace"));
            return;
        }

        var clients = new Dictionary<string, HttpClient>();
        async Task<HttpClient> ClientOf(string user) => clients.TryGetValue(user, out var c) ? c : clients[user] = await SignedInClient.CreateAsync(app, user);

        async Task Measure(string name, string user, Func<IServiceProvider, Task>? data, string? page = null)
        {
            if (!Wanted(name))
                return;
            var dataTimes = new List<double>();
            for (var i = 0; data is not null && i <= runs; i++)
            {
                var watch = Stopwatch.StartNew();
                await app.AsUserAsync(user, async sp => { await data(sp); return true; });
                if (i > 0) // the first run warms the JIT and the caches
                    dataTimes.Add(watch.Elapsed.TotalMilliseconds);
            }
            var pageTimes = new List<double>();
            if (page is not null)
            {
                var client = await ClientOf(user);
                for (var i = 0; i <= runs; i++)
                {
                    var watch = Stopwatch.StartNew();
                    using var response = await client.GetAsync(page);
                    await response.Content.ReadAsByteArrayAsync();
                    if (!response.IsSuccessStatusCode)
                        throw new InvalidOperationException($"GET {page} as {user}: {(int)response.StatusCode} {response.Headers.Location}");
                    if (i > 0)
                        pageTimes.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            Console.WriteLine($"  {name,-38} {(dataTimes.Count > 0 ? Stats(dataTimes) : $"{"",25}")}   {(pageTimes.Count > 0 ? Stats(pageTimes) : "")}");
        }

        var all = new CaseListFilter();
        await Measure("案件列表 首页 (agent)", "agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(all, CaseSort.RegisteredDesc, 0, 20), "/cases");
        await Measure("案件列表 按编号排序", "agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(all, CaseSort.NumberAsc, 0, 20));
        await Measure("案件列表 关键词“噪音”", "agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(new() { Keyword = "噪音" }, CaseSort.RegisteredDesc, 0, 20));
        await Measure("案件列表 关键词无结果", "agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(new() { Keyword = "无此内容词" }, CaseSort.RegisteredDesc, 0, 20));
        await Measure("案件列表 状态=办理中", "agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(new() { Status = CaseStatus.InHandling }, CaseSort.RegisteredDesc, 0, 20));
        if (sample.LeadUnitId is { } lead)
        {
            await Measure("案件列表 主办单位", "agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(new() { LeadUnitId = lead }, CaseSort.RegisteredDesc, 0, 20));
            await Measure("案件列表 主办单位+关键词“噪音”", "agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(new() { LeadUnitId = lead, Keyword = "噪音" }, CaseSort.RegisteredDesc, 0, 20));
        }
        await Measure("案件列表 近 30 天", "agent", sp => sp.GetRequiredService<CaseQueries>().ListAsync(new() { From = today.AddDays(-30), To = today }, CaseSort.RegisteredDesc, 0, 20));
        await Measure("案件详情", "agent", sp => sp.GetRequiredService<CaseDetails>().GetAsync(sample.Id), $"/cases/{sample.Id}");
        foreach (var tab in Enum.GetValues<InboxTab>())
        {
            await Measure($"单位工作台 {tab} (zjj)", "zjj", async sp =>
            {
                var inbox = sp.GetRequiredService<UnitInbox>();
                await inbox.CountsAsync();
                await inbox.PageAsync(new InboxQuery(tab));
            }, tab == InboxTab.AwaitingSignFor ? "/unit/inbox" : null);
        }
        await Measure("派单队列 (dispatcher)", "dispatcher", async sp =>
        {
            var queue = sp.GetRequiredService<DispatchQueue>();
            await queue.CountsAsync();
            await queue.WaitingAsync(new QueueFilter(), 0, 20);
        }, "/dispatch");
        // The board's table pages through every open assignment; the counts are the supervisor's home card.
        await Measure("期限看板 (supervisor)", "supervisor", sp => sp.GetRequiredService<DeadlineBoard>().PageAsync(new DeadlineQuery()), "/handling/deadlines");
        await Measure("期限看板 首页卡片 (supervisor)", "supervisor", sp => sp.GetRequiredService<DeadlineBoard>().CountsAsync());
        await Measure("回访队列 (agent)", "agent", async sp =>
        {
            var queue = sp.GetRequiredService<RevisitQueue>();
            await queue.TodayAsync();
            await queue.ListAsync(null, null, 0, 20);
        }, "/evaluation/revisits");
        await Measure("满意度统计 本月 (assessor)", "assessor", sp => sp.GetRequiredService<FiguresReport>().MonthAsync(today.Year, today.Month), "/evaluation/figures");
        await Measure("考核 本月 (assessor)", "assessor", sp => sp.GetRequiredService<AssessmentSheets>().ForPeriodAsync(AssessmentPeriod.Month(today.Year, today.Month)), "/assessment");
        await Measure("考核 全年 (assessor)", "assessor", sp => sp.GetRequiredService<AssessmentSheets>().ForPeriodAsync(AssessmentPeriod.Year(today.Year)));
        await Measure("驾驶舱 (supervisor)", "supervisor", sp => sp.GetRequiredService<DashboardFigures>().LoadAsync(), "/analysis/dashboard");
        await Measure("年度考核报告 PDF (assessor)", "assessor", async sp =>
        {
            var document = await sp.GetRequiredService<AssessmentReports>().AnnualAsync(today.Year);
            sp.GetRequiredService<DocumentRenderer>().Render(document);
        });

        // Supervision (issue #15): the workbench's first page and the watch's tick, with --open-deadlines more open deadlines.
        if (openDeadlines > 0 && (Wanted("督办工作台") || Wanted("期限监控")))
            await SupervisionWatchBench.AddAsync(app, openDeadlines);
        var openNow = await app.AsUserAsync("admin", sp => sp.GetRequiredService<Hotline.Supervision.Persistence.SupervisionDbContext>().Deadlines
            .CountAsync(d => d.State == Hotline.Supervision.Domain.DeadlineState.Running || d.State == Hotline.Supervision.Domain.DeadlineState.Warned
                || d.State == Hotline.Supervision.Domain.DeadlineState.Overdue));
        await Measure("督办工作台 首页 (supervisor)", "supervisor", async sp =>
        {
            var queries = sp.GetRequiredService<SupervisionQueries>();
            await queries.CountsAsync();
            await queries.ListAsync(new SupervisionFilter(), 0, 20);
            await queries.LateDeadlinesAsync(false, null, 0, 20);
        }, "/supervision");
        (int Warned, int Overdue, int Escalated) tick = default;
        await Measure($"期限监控一轮 ({openNow:N0} 个未结期限)", "admin", async sp => tick = await SupervisionWatchBench.TickAsync(sp));
        if (Wanted("期限监控"))
            Console.WriteLine($"  {"",38} each tick: {tick.Warned} warned, {tick.Overdue} overdue, {tick.Escalated} escalated; target p95 <= 1,000 ms");
        if (openDeadlines > 0 && (Wanted("督办工作台") || Wanted("期限监控")))
            await SupervisionWatchBench.RemoveAsync(app);

        // Knowledge (issue #14): what the registration page's panel asks while the agent types.
        string[] callerWords = ["物业费怎么收", "暖气不热", "公积金提取", "孩子刚出生怎么上户口", "工地晚上施工太吵", "买东西商家不给退货"];
        var asked = 0;
        await Measure("知识推荐 (agent)", "agent", sp => sp.GetRequiredService<IKnowledgeAnswers>().SuggestAsync(callerWords[asked++ % callerWords.Length], null, 5));

        // Each lookup from another caller's address: one address gets only a few lookups per 15 minutes (rate limit).
        var lookups = 0;
        await Measure("公众进度查询", "admin", sp => sp.GetRequiredService<ProgressLookup>().FindAsync(sample.Number, IntakeScaleSeeder.ScaleQueryCode,
            $"203.0.113.{lookups++ % 250 + 1}"), "/public/track");
        // The integration API (issue #19), as a department's system calls it with its key.
        if (Wanted("API 工单 Open311"))
            await ApiReadsBench.RunAsync(app, runs);
        foreach (var (user, role) in new[] { ("agent", "话务员"), ("zjj", "承办人"), ("assessor", "考核员") })
            await Measure($"首页 ({role})", user, null, "/");

        if (Wanted("登记"))
            await MeasureRegistrationAsync();
        // The measurements that write what stays: Knowledge's import, Archive's records (issue #17).
        if (import > 0 && Wanted("知识导入"))
            await KnowledgeImportBench.RunAsync(app, import);
        if (archive > 0 && Wanted("归档"))
            await ArchiveBench.RunAsync(app, archive, chain);
        using var self = Process.GetCurrentProcess();
        Console.WriteLine($"  memory after the run: {self.WorkingSet64 / 1024 / 1024:N0} MB working set, {GC.GetTotalMemory(false) / 1024 / 1024:N0} MB managed");

        async Task MeasureRegistrationAsync()
        {
            var category = await app.AsUserAsync("agent", async sp => (await sp.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.ParentId is not null));
            var area = await app.AsUserAsync("agent", async sp => (await sp.GetRequiredService<Hotline.Platform.Organization.IAreaDirectory>().ActiveAreasAsync()).Last());
            var serial = 0;
            async Task<double> RegisterOneAsync()
            {
                var i = Interlocked.Increment(ref serial);
                var watch = Stopwatch.StartNew();
                await app.AsUserAsync("agent", sp => sp.GetRequiredService<CaseRegistration>().RegisterAsync(new RegistrationInput
                {
                    CategoryId = category.Id, AreaId = area.Id, Content = $"基准测试登记：小区路灯不亮，第 {i} 次反映", CallerName = "基准先生",
                    CallerPhone = $"1370000{i % 10000:D4}",
                }, new IntakeDecision.Accept()));
                return watch.Elapsed.TotalMilliseconds;
            }

            // Warm-up, untimed: the first registrations after start compile (JIT) the whole path and its event handlers.
            for (var i = 0; i < 100; i += agents)
                await Task.WhenAll(Enumerable.Range(0, agents).Select(_ => RegisterOneAsync()));
            await app.EventsHandledAsync();

            // Capacity: a shift of agents registering and accepting back to back, so each waits only for its own calls;
            // a closed loop's latency is agents ÷ rate by construction, so it reports the rate, not the target's p95.
            var times = new System.Collections.Concurrent.ConcurrentBag<double>();
            var next = -1;
            var wall = Stopwatch.StartNew();
            await Task.WhenAll(Enumerable.Range(0, agents).Select(async _ =>
            {
                for (var i = Interlocked.Increment(ref next); i < registrations; i = Interlocked.Increment(ref next))
                    times.Add(await RegisterOneAsync());
            }));
            var registered = wall.Elapsed.TotalSeconds;
            await app.EventsHandledAsync();
            Console.WriteLine($"  {$"登记容量 ({agents} 名话务员连续登记, 受理)",-38} {Stats([.. times])}   {registrations / registered:N0} 件/秒；事件处理完 {registrations / wall.Elapsed.TotalSeconds:N0} 件/秒");

            // The target: registrations arriving at a steady rate for at least --seconds (6), each timed from
            // its arrival, and the rate they were all registered (and their events handled) at. Events still queued
            // when the last registration returns are the handlers' backlog: it stays bounded when they keep up, and
            // then a longer run's rate approaches the arrival rate (a short run's is cut by that last backlog).
            var arrivals = Math.Max(registrations, (int)(rate * steadySeconds));
            var steady = new System.Collections.Concurrent.ConcurrentBag<double>();
            wall = Stopwatch.StartNew();
            var running = new List<Task>();
            for (var i = 0; i < arrivals; i++)
            {
                var due = TimeSpan.FromSeconds(i / rate) - wall.Elapsed;
                if (due > TimeSpan.Zero)
                    await Task.Delay(due);
                running.Add(Task.Run(async () => steady.Add(await RegisterOneAsync())));
            }
            await Task.WhenAll(running);
            registered = wall.Elapsed.TotalSeconds;
            var backlog = await app.PendingEventsAsync();
            await app.EventsHandledAsync();
            Console.WriteLine($"  {$"登记 (每秒到达 {rate:N0} 件, 受理)",-38} {Stats([.. steady])}   {arrivals / registered:N0} 件/秒；事件处理完 {arrivals / wall.Elapsed.TotalSeconds:N0} 件/秒" +
                              $"（{arrivals:N0} 件 {registered:N0} s；登记完时积压 {backlog:N0} 个事件，再 {wall.Elapsed.TotalSeconds - registered:N1} s 处理完）");
        }


        bool Wanted(string name) => only is null || only.Any(o => name.Contains(o, StringComparison.Ordinal));

        string? Option(string name)
        {
            var at = Array.IndexOf(args, name);
            return at >= 0 && at + 1 < args.Length ? args[at + 1] : null;
        }

        static string Stats(List<double> values) => Timings.Stats(values);
    }
}
