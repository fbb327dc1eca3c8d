using System.Diagnostics;
using Hotline.Knowledge.Search;
using Hotline.Platform;
using Hotline.Assessment.Analysis.Hotspots;

namespace Hotline.Benchmarks;

/// <summary>Knowledge search (issue #14) and hotspot topics (issue #16) from the app's own index and topic code, no database.</summary>
internal static class SearchAndTopicsBench
{
    private static readonly string[] Subjects =
    [
        "物业服务费收费标准", "住房公积金提取", "城乡居民养老保险缴费", "社会保障卡补办", "低保申请条件", "不动产登记办理", "居民医保缴费",
        "校外培训机构投诉", "噪声扰民处理", "燃气安全检查", "停水通知查询", "公交线路调整", "义务教育入学", "拖欠工资维权", "电梯维修资金使用",
        "老旧小区改造", "违法建设举报", "食品安全投诉", "惠农补贴发放", "户籍迁移办理",
    ];

    private static readonly string[] Queries =
    [
        "物业费", "公积金怎么取", "养老保险交多少", "社保卡丢了", "低保", "房产证", "医保缴费时间", "培训班退费", "噪音", "燃气",
        "停水", "公交", "上学报名", "工资拖欠", "电梯坏了", "小区改造", "违建", "食品", "补贴", "迁户口",
    ];

    public static void Search(int articles)
    {
        var directory = Directory.CreateTempSubdirectory("hotline-bench-");
        try
        {
            using var index = new KnowledgeIndex(new HostingOptions { DataDirectory = directory.FullName });
            var random = new Random(7);
            var generated = Enumerable.Range(0, articles).Select(i =>
            {
                var subject = Subjects[i % Subjects.Length];
                return new IndexedArticle(Guid.NewGuid(), 1, $"{subject}（{i}）", subject, $"关于{subject}的办理依据、条件、材料和流程。第{i}条补充说明：" +
                    string.Join("", Enumerable.Range(0, 20).Select(_ => Subjects[random.Next(Subjects.Length)])), Guid.NewGuid(), Guid.NewGuid(), null,
                    i % 3 != 0, null, null);
            }).ToList();
            var rebuild = Stopwatch.StartNew();
            index.ReplaceAll(generated);
            rebuild.Stop();

            var today = new DateOnly(2026, 12, 4);
            foreach (var q in Queries)
                index.Search(q, [], new SearchFilters(), today, 10);
            var times = new List<double>();
            for (var round = 0; round < 25; round++)
            {
                foreach (var q in Queries)
                {
                    var watch = Stopwatch.StartNew();
                    index.Search(q, [], new SearchFilters(PublicOnly: round % 2 == 0), today, 10);
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
            }
            times.Sort();
            var p95 = times[(int)(times.Count * 0.95)];
            Console.WriteLine($"Knowledge search benchmark — {articles:N0} articles, {times.Count} searches");
            Console.WriteLine($"  index rebuild:                        {rebuild.Elapsed.TotalSeconds,8:0.0} s    target <= 60 s    {(rebuild.Elapsed.TotalSeconds <= 60 ? "met" : "NOT MET")}");
            Console.WriteLine($"  search p50 / p95:                     {times[times.Count / 2],8:0.0} / {p95:0.0} ms   target p95 <= 20 ms  {(p95 <= 20 ? "met" : "NOT MET")}");
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public static void Topics(int cases)
    {
        var random = new Random(11);
        var texts = Enumerable.Range(0, cases).Select(i => new TopicText(Guid.NewGuid(), $"QH{i:D8}",
            $"市民来电反映{Subjects[random.Next(Subjects.Length)]}的问题，{Subjects[random.Next(Subjects.Length)]}也希望尽快处理，联系电话1390000{i % 10000:D4}。",
            false, DateTime.UtcNow)).ToList();
        TopicFinder.Find(texts.Take(100).ToList(), 10);
        var watch = Stopwatch.StartNew();
        var topics = TopicFinder.Find(texts, 10);
        watch.Stop();
        Console.WriteLine($"Hotspot topics benchmark — {cases:N0} case texts (the page reads at most {HotspotAnalysis.MaxCasesRead:N0})");
        Console.WriteLine($"  segmentation + grouping:              {watch.Elapsed.TotalSeconds,8:0.00} s    ({topics.Count} topics, top: {topics.FirstOrDefault()?.Phrase})");
    }
}
