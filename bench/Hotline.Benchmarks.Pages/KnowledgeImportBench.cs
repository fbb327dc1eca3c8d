using System.Diagnostics;
using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Import;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Hotline.Benchmarks.Pages;

/// <summary>
/// 知识导入 at the size a county brings (issue #14: 2,000 articles in under a minute): an .xlsx of <c>articles</c> rows
/// made from the shipped sample file's articles (each title made unique), read, dry-run and imported by the CenterAdmin as
/// the import page does; then the time until the last of them is searchable (the index follows the published events), and
/// the agent's suggestions for a caller's words, found among them.
/// </summary>
internal static class KnowledgeImportBench
{
    public static async Task RunAsync(SeededApp app, int articles)
    {
        var stamp = DateTime.UtcNow.ToString("MMddHHmmss");
        var sample = ImportFile.Read(new MemoryStream(ImportSample.Json()), "sample.json");
        var rows = Enumerable.Range(0, articles).Select(i =>
        {
            var r = sample[i % sample.Count];
            return new Dictionary<string, object?>
            {
                ["标题"] = $"{r.Title}（导入基准 {stamp}-{i + 1}）", ["正文"] = r.Body, ["事项分类"] = r.Category, ["单位"] = r.Unit,
                ["关键词"] = r.Keywords, ["是否公开"] = r.Public, ["生效日期"] = r.EffectiveFrom, ["失效日期"] = r.ExpiresOn,
            };
        }).ToList();
        using var file = new MemoryStream();
        await file.SaveAsAsync(rows);

        var watch = Stopwatch.StartNew();
        var (planned, imported) = await app.AsUserAsync("admin", async sp =>
        {
            var import = sp.GetRequiredService<KnowledgeImport>();
            file.Position = 0;
            var read = ImportFile.Read(file, "知识库.xlsx");
            var plan = await import.PlanAsync(read);
            var planned = watch.Elapsed.TotalSeconds;
            var result = await import.ImportAsync(read, validRowsOnly: false);
            return (planned, result);
        });
        var importSeconds = watch.Elapsed.TotalSeconds;
        await app.EventsHandledAsync();
        var searchable = watch.Elapsed.TotalSeconds;
        var last = $"导入基准 {stamp}-{articles}";
        var found = await app.AsUserAsync("agent", async sp =>
            (await sp.GetRequiredService<IKnowledgeAnswers>().SuggestAsync(last, null, 5)).Any(s => s.Title.Contains(last, StringComparison.Ordinal)));
        Console.WriteLine($"  {$"知识导入 {articles:N0} 条 (.xlsx)",-38} {importSeconds,9:N1} s (读取 + 预检 {planned:N1} s; 新建 {imported.Created:N0}, 更新 {imported.Updated:N0}, 无效 {imported.Skipped:N0}); " +
                          $"可检索 {searchable:N1} s{(found ? "" : "（最后一条未检索到！）")}   target <= 60 s {Timings.Verdict(searchable * 2000 / articles <= 60 && found)}");
    }
}
