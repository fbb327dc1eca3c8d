using System.Diagnostics;
using Hotline.Archive.Document;
using Hotline.Archive.Domain;
using Hotline.Archive.Workbench;
using Hotline.Platform.Documents;
using Hotline.Platform.Organization;
using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Reports;
using Hotline.Assessment.Sheets.Scoring;

namespace Hotline.Benchmarks;

/// <summary>Archive (issue #17) and assessment (issue #16) numbers from the app's own layout and integrity code.</summary>
internal static class ArchiveAndAssessmentBench
{
    private static readonly DateTime Closed = new(2026, 11, 25, 2, 0, 0, DateTimeKind.Utc);

    public static void Run(DocumentRenderer renderer, int records, int chain)
    {
        // 工单归档表: CPU per record PDF (target <= 100 ms).
        var view = View(Snapshot("QH202611250001"));
        for (var i = 0; i < 20; i++)
            renderer.Render(RecordLayout.Build(view, Closed, "archivist"));
        var cpu = Cpu(() => { for (var i = 0; i < records; i++) renderer.Render(RecordLayout.Build(view, Closed, "archivist")); }) / records;
        Console.WriteLine($"Archive record PDF benchmark — {records} records");
        Console.WriteLine($"  CPU per record PDF:                   {cpu,8:0.0} ms   target <= 100 ms  {(cpu <= 100 ? "met" : "NOT MET")}");

        // Chain verification: sealing and checking a year's chain in memory (the database read is not included).
        var sealedChain = new List<ArchiveRecord>(chain);
        for (var i = 1; i <= chain; i++)
        {
            var s = Snapshot($"QH2026{i:D8}");
            sealedChain.Add(ArchiveRecord.Seal(new ArchiveRecord.Contents(s.Case.CaseId, s.Case.Number, "Complaint", s.Case.CategoryId, s.Case.Category,
                s.Case.AreaId, null, "县住房和城乡建设局", s.Case.Content, s.Caller.Phone, false, RetentionPeriod.ThirtyYears, Closed,
                CanonicalJson.Serialize(s)), 2026, i, sealedChain.LastOrDefault(), null, Closed, "系统"));
        }
        var wall = Stopwatch.StartNew();
        var problems = RecordIntegrity.Walk(sealedChain).Count();
        wall.Stop();
        Console.WriteLine($"Archive chain verification benchmark — {chain:N0} records in memory, {problems} problems");
        Console.WriteLine($"  verification:                         {wall.Elapsed.TotalSeconds,8:0.0} s    target <= 60 s for 100,000 (with reads)");
    }

    public static void Assessment(DocumentRenderer renderer, int units)
    {
        // 年度考核报告: 40 units, the year's sheet and 12 monthly sheets, charts (target <= 5 s).
        var year = Sheet(AssessmentPeriod.Year(2026), units, 12);
        var months = AssessmentPeriod.Year(2026).Months().Select(m => Sheet(m, units, 1)).ToList();
        renderer.Render(AssessmentReportLayout.Build(year, months, "清河县12345政务服务便民热线", Closed));
        var wall = Stopwatch.StartNew();
        var pdf = renderer.Render(AssessmentReportLayout.Build(year, months, "清河县12345政务服务便民热线", Closed));
        wall.Stop();
        Console.WriteLine($"Annual assessment report benchmark — {units} units, 12 months, {pdf.Length / 1024:0} KB");
        Console.WriteLine($"  layout + charts + PDF:                {wall.Elapsed.TotalSeconds,8:0.00} s   target <= 5 s     {(wall.Elapsed.TotalSeconds <= 5 ? "met" : "NOT MET")}");
    }

    private static AssessmentSheet Sheet(AssessmentPeriod period, int units, int scale)
    {
        var random = new Random(period.Key.GetHashCode() & 0xFFFF);
        var types = new[] { UnitType.CountyDepartment, UnitType.PublicEnterprise, UnitType.Township };
        var figures = Enumerable.Range(1, units).Select(i =>
        {
            var unit = new UnitInfo(Guid.NewGuid(), $"U{i}", $"单位{i:D2}", $"单位{i:D2}", types[i % 3], null, null, null, null, true);
            var d = random.Next(20, 200) * scale;
            return new UnitFigures(unit, Enum.GetValues<FigureKind>().Select(k => new FigureValue(k, Math.Round(d * (0.6 + random.NextDouble() * 0.4)), d)).ToList(),
                new SupervisionCounts(random.Next(5), random.Next(2), 0), []);
        });
        return new AssessmentSheet(period, new CompositeWeights(0.1, 0.5, 0.4), 0.8, false, null, null,
            SheetScoring.Score(figures, new CompositeWeights(0.1, 0.5, 0.4)), Closed);
    }

    private static double Cpu(Action work)
    {
        var process = Process.GetCurrentProcess();
        process.Refresh();
        var before = process.TotalProcessorTime;
        work();
        process.Refresh();
        return (process.TotalProcessorTime - before).TotalMilliseconds;
    }

    private static RecordView View(RecordSnapshot s) =>
        new(Guid.NewGuid(), "2026-12345-000123", RecordKind.Original, null, null, 2026, RetentionPeriod.ThirtyYears, false, Closed, "系统",
            new string('a', 64), new string('b', 64), new string('c', 64), ArchiveRecords.Masked(s), []);

    private static RecordSnapshot Snapshot(string number) => new()
    {
        Case = new SnapshotCase(Guid.NewGuid(), number, "Complaint", "投诉", Guid.NewGuid(), "城乡建设/物业管理", Guid.NewGuid(), "城关镇",
            "幸福小区3栋", "幸福小区电梯长期故障，物业不予维修，老人上下楼困难，请求督促物业公司尽快修复。", "电话", "一般", false, null, Closed.AddDays(-6)),
        Caller = new SnapshotCaller("王女士", "13812345678", false),
        Acceptance = new SnapshotAcceptance("agent", "待派单", Closed.AddDays(-6), "agent", null),
        Assignments = [new SnapshotAssignment(Guid.NewGuid(), "县住房和城乡建设局", "主办", false, Closed.AddDays(-5), Closed.AddDays(9), false)],
        Replies = [new SnapshotReply(0, "县住房和城乡建设局", "已解决", "已督促物业公司更换电梯主板，电梯恢复运行。", false, Closed.AddDays(-2), "zjj", "已通过", Closed.AddDays(-2), "zjj", null)],
        Extensions = [],
        Revisits = [new SnapshotRevisit(0, "电话回访", "接通", true, "满意", "非常满意", "修好了", Closed, "agent")],
        FollowUps = [],
        Closing = new SnapshotClosing("满意办结", "满意", "非常满意", true, "县住房和城乡建设局", 0, Closed),
        Timeline = Enumerable.Range(0, 12).Select(i => new SnapshotStep(Closed.AddDays(-6).AddHours(i * 8), "办理", $"第{i + 1}步", "县住房和城乡建设局 张三（承办人）",
            "县住房和城乡建设局", "按要求办理并记录过程。", null, null)).ToList(),
        Attachments = [new SnapshotAttachment("受理", "现场.png", "image/png", 123456, new string('d', 64), Closed.AddDays(-6), "agent")],
    };
}
