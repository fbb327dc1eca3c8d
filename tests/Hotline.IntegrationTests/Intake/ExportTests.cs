using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseSearch.Export;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;

namespace Hotline.IntegrationTests.Intake;

public abstract class ExportTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly string[] Headers = ["工单号", "登记时间", "状态", "诉求类型", "事项分类", "属地", "渠道", "紧急程度", "诉求人", "电话", "重复诉求", "诉求内容"];

    private async Task<List<IDictionary<string, object?>>> ExportAsync(string user, CaseListFilter filter)
    {
        var file = await app.AsUserAsync(user, sp => sp.GetRequiredService<CaseExport>().ExportAsync(filter, CaseSort.NumberAsc));
        using (file)
        {
            // An .xlsx is a zip: "PK" first.
            Assert.Equal([0x50, 0x4B], file.ToArray()[..2]);
            return file.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        }
    }

    private async Task<(RegistrationResult First, RegistrationResult Second)> RegisterPairAsync(string keyword, string phone1, string phone2)
    {
        var first = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone1, content: $"{keyword}：小区门口路灯坏了一个月"));
        var second = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone2, content: $"{keyword}：夜间施工噪音扰民"));
        // Outside the filter: must not appear in the file.
        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone1, content: "另一件事：垃圾清运不及时"));
        return (first, second);
    }

    [Fact]
    public async Task The_agent_export_has_chinese_headers_the_filtered_rows_and_full_phones()
    {
        var (first, second) = await RegisterPairAsync("导出甲关键词", "13700000201", "13700000202");

        var rows = await ExportAsync("agent", new CaseListFilter { Keyword = "导出甲关键词" });

        Assert.Equal(Headers, rows[0].Keys);
        Assert.Equal([first.CaseNumber, second.CaseNumber], rows.Select(r => r["工单号"]?.ToString()));
        Assert.Equal(["13700000201", "13700000202"], rows.Select(r => r["电话"]?.ToString()));
        Assert.All(rows, r =>
        {
            Assert.Equal("投诉", r["诉求类型"]?.ToString());
            Assert.Equal("电话", r["渠道"]?.ToString());
            Assert.Equal("张先生", r["诉求人"]?.ToString());
            Assert.Contains("物业", r["事项分类"]?.ToString());
            Assert.StartsWith("导出甲关键词", r["诉求内容"]?.ToString());
        });
        await app.WithScopeAsync(async sp =>
        {
            var audit = await sp.GetRequiredService<IntakeDbContext>().AuditLog
                .SingleAsync(a => a.UserName == "agent" && a.Action.StartsWith("导出工单") && a.Detail!.Contains("导出甲关键词"));
            Assert.Equal("导出工单（含完整电话）", audit.Action);
            Assert.StartsWith("2 条", audit.Detail);
        });
    }

    [Fact]
    public async Task The_assessor_export_masks_phones_and_is_audited()
    {
        await RegisterPairAsync("导出乙关键词", "13700000301", "13700000302");

        var rows = await ExportAsync("assessor", new CaseListFilter { Keyword = "导出乙关键词" });

        Assert.Equal(Headers, rows[0].Keys);
        Assert.Equal(["137****0301", "137****0302"], rows.Select(r => r["电话"]?.ToString()));
        await app.WithScopeAsync(async sp =>
        {
            var audit = await sp.GetRequiredService<IntakeDbContext>().AuditLog
                .SingleAsync(a => a.UserName == "assessor" && a.Action.StartsWith("导出工单") && a.Detail!.Contains("导出乙关键词"));
            Assert.Equal("导出工单", audit.Action);
            Assert.StartsWith("2 条", audit.Detail);
        });
    }

    [Fact]
    public async Task A_confidential_caller_stays_hidden_in_the_export_even_for_the_agent()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13700000401", content: "导出丙关键词：举报小区违建");
        await IntakeTestData.RegisterAsync(app, input with { IsConfidential = true });

        var row = Assert.Single(await ExportAsync("agent", new CaseListFilter { Keyword = "导出丙关键词" }));

        Assert.Equal("（保密）", row["诉求人"]?.ToString());
        Assert.True(string.IsNullOrEmpty(row["电话"]?.ToString()));
    }

    [Fact]
    public async Task An_export_is_counted_first_and_reports_the_rows_read_to_the_last()
    {
        var (first, second) = await RegisterPairAsync("导出丁关键词", "13700000231", "13700000232");
        var reports = new ListProgress();

        var rows = await app.AsUserAsync("agent", async sp =>
        {
            var queries = sp.GetRequiredService<CaseQueries>();
            var request = await queries.CheckExportAsync(new CaseListFilter { Keyword = "导出丁关键词" });
            Assert.Equal(2, request.Total);
            return await queries.ReadExportAsync(request, CaseSort.NumberDesc, reports);
        });

        Assert.Equal([second.CaseNumber, first.CaseNumber], rows.Select(r => r.Number));
        Assert.Equal([0, 2], reports.Reports);
    }

    [Fact]
    public async Task A_registration_date_range_over_a_year_is_refused_and_a_year_is_exported()
    {
        var today = Hotline.Platform.Time.ChinaTime.DateOf(app.Clock.GetUtcNow().UtcDateTime);
        var tooLong = await Assert.ThrowsAsync<Hotline.Platform.BusinessRuleException>(() => app.AsUserAsync("agent", sp =>
            sp.GetRequiredService<CaseExport>().ExportAsync(new CaseListFilter { From = today.AddDays(-366), To = today }, CaseSort.RegisteredDesc)));
        Assert.Equal($"导出的登记日期范围不能超过 {CaseQueries.ExportMaxDays} 天，请分段导出。", tooLong.Message);

        var (first, _) = await RegisterPairAsync("导出戊关键词", "13700000241", "13700000242");
        var rows = await ExportAsync("agent", new CaseListFilter { From = today.AddDays(-365), To = today, Keyword = "导出戊关键词" });
        Assert.Equal(first.CaseNumber, rows[0]["工单号"]?.ToString());
        Assert.Equal(2, rows.Count);
    }

    /// <summary>Collects the reports in order, on the reporting thread (Progress&lt;T&gt; would post them later).</summary>
    private sealed class ListProgress : IProgress<int>
    {
        public List<int> Reports { get; } = [];

        public void Report(int value) => Reports.Add(value);
    }

    [Fact]
    public async Task Member_units_cannot_export()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<CaseExport>().ExportAsync(new CaseListFilter(), CaseSort.RegisteredDesc)));
    }
}

public sealed class SqliteExportTests(SqliteApp app) : ExportTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbExportTests(MariaDbApp app) : ExportTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
