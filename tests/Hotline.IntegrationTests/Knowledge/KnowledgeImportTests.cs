using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Import;
using Hotline.Knowledge.Persistence;
using Hotline.Platform;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Hotline.IntegrationTests.Knowledge;

/// <summary>
/// 知识导入 on both databases: the shipped sample dry-runs and imports as published articles, a second import updates them
/// as new versions, bad rows are refused one by one with their reason and nothing is written unless only the valid rows
/// are chosen; bad files and other roles are refused.
/// </summary>
public abstract class KnowledgeImportTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<ImportPlan> PlanAsync(IReadOnlyList<ImportRow> rows) => app.AsUserAsync("admin", sp => sp.GetRequiredService<KnowledgeImport>().PlanAsync(rows));

    private Task<ImportResult> ImportAsync(IReadOnlyList<ImportRow> rows, bool validOnly = false) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<KnowledgeImport>().ImportAsync(rows, validOnly));

    private Task<List<Article>> ArticlesAsync(params string[] titles) => app.WithScopeAsync(sp =>
        sp.GetRequiredService<KnowledgeDbContext>().Articles.AsNoTracking().Where(a => titles.Contains(a.Title)).ToListAsync());

    private static byte[] Excel(IEnumerable<Dictionary<string, object?>> rows)
    {
        using var stream = new MemoryStream();
        stream.SaveAs(rows.ToList());
        return stream.ToArray();
    }

    [Fact]
    public async Task The_shipped_sample_imports_as_published_articles_and_a_second_import_publishes_new_versions()
    {
        var rows = ImportFile.Read(new MemoryStream(ImportSample.Json()), "知识导入示例.json");
        var plan = await PlanAsync(rows);
        Assert.Equal((2, 0, 0), (plan.Creates, plan.Updates, plan.Rejects));
        Assert.Equal("县民政局", plan.Lines[0].Unit);

        Assert.Equal(new ImportResult(2, 0, 0), await ImportAsync(rows));
        var articles = await ArticlesAsync("城镇居民最低生活保障申请条件", "城乡居民医保集中缴费期");
        Assert.Equal(2, articles.Count);
        Assert.All(articles, a => Assert.Equal((ArticleStatus.Published, 1), (a.Status, a.PublishedVersionNumber)));
        var low = articles.Single(a => a.Title.StartsWith("城镇"));
        Assert.Equal((true, new DateOnly(2027, 12, 31)), (low.IsPublic, low.ExpiresOn));

        // The same file again: the unit's articles of those titles get a new published version, nothing is duplicated.
        Assert.Equal((0, 2), ((await PlanAsync(rows)).Creates, (await PlanAsync(rows)).Updates));
        Assert.Equal(new ImportResult(0, 2, 0), await ImportAsync(rows));
        Assert.All(await ArticlesAsync("城镇居民最低生活保障申请条件", "城乡居民医保集中缴费期"), a => Assert.Equal(2, a.PublishedVersionNumber));
        Assert.True(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AnyAsync(a => a.Action == KnowledgeImport.AuditAction)));
    }

    [Fact]
    public async Task Each_bad_row_gets_its_reason_and_nothing_is_written_unless_only_the_valid_rows_are_chosen()
    {
        var bytes = Excel(
        [
            Row("社保卡补办流程（导入）", "到银行网点补卡。", "C0703", "RSJ"),
            Row("未知分类的知识", "正文", "C9999", "RSJ"),
            Row("未知单位的知识", "正文", "C0703", "不存在的局"),
            Row("社保卡补办流程（导入）", "重复的标题。", "C0703", "RSJ"),
            Row("没有正文", "", "C0703", "RSJ"),
            Row("<script>alert(1)</script>公开标志错误", "正文", "C0703", "RSJ", "也许"),
            Row(null, null, null, null),
            Row("超长正文", new string('字', ArticleContent.BodyMax + 1), "C0703", "RSJ"),
        ]);
        var rows = ImportFile.Read(new MemoryStream(bytes), "导入.xlsx");
        Assert.Equal(7, rows.Count);   // the empty row is skipped
        var plan = await PlanAsync(rows);
        Assert.Equal((1, 6), (plan.Creates, plan.Rejects));
        string Reason(int line) => plan.Lines.Single(l => l.Line == line).Reason!;
        Assert.Contains("事项分类“C9999”不存在", Reason(3));
        Assert.Contains("单位“不存在的局”不存在", Reason(4));
        Assert.Equal("与第 2 行标题重复（同一单位）。", Reason(5));
        Assert.Equal("请填写正文。", Reason(6));
        Assert.Contains("是否公开", Reason(7));
        Assert.Contains("正文过长", Reason(9));

        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => ImportAsync(rows));
        Assert.Contains("有 6 行不能导入", refused.Message);
        Assert.Empty(await ArticlesAsync("社保卡补办流程（导入）"));

        Assert.Equal(new ImportResult(1, 0, 6), await ImportAsync(rows, validOnly: true));
        Assert.Single(await ArticlesAsync("社保卡补办流程（导入）"));
    }

    [Fact]
    public async Task Files_that_are_not_what_they_say_or_lack_columns_are_refused_and_only_the_admin_imports()
    {
        var exe = Assert.Throws<BusinessRuleException>(() => ImportFile.Read(new MemoryStream([0x4D, 0x5A, 0x90, 0x00, 0x03]), "知识.xlsx"));
        Assert.Equal("文件不是有效的 Excel（.xlsx）文件。", exe.Message);
        var columns = Assert.Throws<BusinessRuleException>(() => ImportFile.Read(
            new MemoryStream(Excel([new() { ["名称"] = "x", ["内容"] = "y" }])), "知识.xlsx"));
        Assert.Contains("表头缺少必填列：标题、事项分类、单位", columns.Message);
        Assert.Equal("请上传 .xlsx 或 .json 文件。", Assert.Throws<BusinessRuleException>(() => ImportFile.Read(new MemoryStream([1]), "知识.csv")).Message);
        Assert.Equal("文件不是有效的 JSON。", Assert.Throws<BusinessRuleException>(() => ImportFile.Read(new MemoryStream("{"u8.ToArray()), "知识.json")).Message);

        var rows = ImportFile.Read(new MemoryStream(ImportSample.Json()), "sample.json");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("kbeditor", sp => sp.GetRequiredService<KnowledgeImport>().PlanAsync(rows)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<KnowledgeImport>().ImportAsync(rows, true)));
        Assert.NotEmpty(await ImportSample.ExcelAsync());
    }

    private static Dictionary<string, object?> Row(string? title, string? body, string? category, string? unit, string? isPublic = "是") => new()
    {
        ["标题"] = title, ["正文"] = body, ["事项分类"] = category, ["单位"] = unit, ["关键词"] = null, ["是否公开"] = title is null ? null : isPublic,
        ["生效日期"] = null, ["失效日期"] = null,
    };
}

public sealed class SqliteKnowledgeImportTests(SqliteApp app) : KnowledgeImportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbKnowledgeImportTests(MariaDbApp app) : KnowledgeImportTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
