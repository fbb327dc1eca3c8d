using Hotline.IntegrationTests.Intake;
using Hotline.Intake.FlowSheet;
using Hotline.Intake.Persistence;
using Hotline.Platform;
using Hotline.Platform.Cases;
using Hotline.Platform.Documents;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.FlowSheet;

/// <summary>Printing a real case's 工作流转单: who may, what each viewer sees of the caller, every module's steps, the audit.</summary>
public abstract class FlowSheetTests<TApp>(TApp app) where TApp : FlowSheetApp
{
    private async Task<(Guid CaseId, string Number)> RegisterAsync(string phone, bool confidential = false)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: phone, content: "幸福小区电梯停运，老人上下楼困难");
        var result = await IntakeTestData.RegisterAsync(app, input with { IsConfidential = confidential });
        return (result.CaseId, result.CaseNumber);
    }

    private Task<PrintedFlowSheet> PrintAsAsync(string user, Guid caseId) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<FlowSheetService>().BuildAsync(caseId));

    private Task<Guid> UnitIdAsync(string code) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<IUnitDirectory>().FindByCodeAsync(code))!.Id);

    private Task<List<string>> PrintAuditUsersAsync(string number) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().AuditLog
            .Where(a => a.Action == FlowSheetService.AuditAction && a.ObjectId == number).Select(a => a.UserName).ToListAsync());

    [Fact]
    public async Task An_agent_prints_the_caller_masked_every_modules_steps_in_time_order_and_the_print_is_audited()
    {
        var (caseId, number) = await RegisterAsync("13812341234");
        var now = app.Clock.GetUtcNow().UtcDateTime;
        // Later stages as Handling and Evaluation will record them, added out of order on purpose.
        app.Timeline.Add(caseId,
            new CaseTimelineStep(now.AddDays(3), "评价", "诉求人评价", "系统", null, "满意"),
            new CaseTimelineStep(now.AddHours(5), "办理", "承办单位答复", "zjj", "县住房和城乡建设局", "已联系物业更换电梯主板，恢复运行。",
                DueUtc: now.AddDays(5), OnTime: true));

        var sheet = await PrintAsAsync("agent", caseId);

        Assert.Equal($"工作流转单-{number}.pdf", sheet.FileName);
        var document = sheet.Document;
        Assert.Equal("清河县12345政务服务便民热线工作流转单", Assert.IsType<Hotline.Platform.Documents.Model.Heading>(document.Blocks[0]).Text);
        Assert.Equal("张先生", DocumentText.Value(document, "诉求人"));
        Assert.Equal("138****1234", DocumentText.Value(document, "联系电话"));
        Assert.Equal("投诉", DocumentText.Value(document, "诉求类型"));
        Assert.StartsWith("清河县 / ", DocumentText.Value(document, "涉事地点"));
        Assert.DoesNotContain("13812341234", DocumentText.All(document));

        var stages = DocumentText.Steps(document).Rows.Select(r => r[2]).ToList();
        Assert.Equal("受理", stages[0]);
        Assert.Equal(["办理", "评价"], stages[^2..]);
        Assert.Contains(DocumentText.Steps(document).Rows, r => r[3] == "县住房和城乡建设局" && r[5].Contains("恢复运行") && r[7] == "按时");
        Assert.Contains((caseId, CaseViewer.Center), app.Timeline.Requests);

        Assert.Equal(["agent"], await PrintAuditUsersAsync(number));

        // What reaches paper: the rendered PDF, read back by an independent reader, shows the mask only.
        var pdf = await app.Service<DocumentRenderer>().RenderAsync(document);
        var printed = await DocumentText.PdfToTextAsync(pdf);
        Assert.Contains("138****1234", printed);
        Assert.Contains(number, printed);
        Assert.DoesNotContain("13812341234", printed);
    }

    [Fact]
    public async Task A_unit_on_a_confidential_case_prints_it_with_the_caller_withheld_and_sees_steps_as_a_unit()
    {
        var (caseId, number) = await RegisterAsync("13812342222", confidential: true);
        var zjj = await UnitIdAsync("zjj");
        app.Scope.Assign(caseId, zjj);

        var sheet = await PrintAsAsync("zjj", caseId);

        Assert.Equal("（已保密）", DocumentText.Value(sheet.Document, "诉求人"));
        Assert.Equal("（已保密）", DocumentText.Value(sheet.Document, "联系电话"));
        Assert.Equal("是", DocumentText.Value(sheet.Document, "是否保密"));
        var text = DocumentText.All(sheet.Document);
        Assert.DoesNotContain("张先生", text);
        Assert.DoesNotContain("2222", text);
        Assert.Contains("县住房和城乡建设局", text);
        Assert.Contains((caseId, new CaseViewer(false, zjj)), app.Timeline.Requests);
        Assert.Equal(["zjj"], await PrintAuditUsersAsync(number));

        // The unit's manager belongs to the same unit and may print too.
        Assert.Equal(number, (await PrintAsAsync("zjj.mgr", caseId)).CaseNumber);
    }

    [Fact]
    public async Task A_unit_not_on_the_case_is_refused_and_nothing_is_printed_or_audited()
    {
        var (caseId, number) = await RegisterAsync("13812343333");
        app.Scope.Assign(caseId, await UnitIdAsync("zjj"));

        var ex = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => PrintAsAsync("scjgj", caseId));
        Assert.Contains("无权打印", ex.Message);
        Assert.False(await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<FlowSheetService>().CanPrintAsync(caseId)));
        Assert.True(await app.AsUserAsync("zjj", sp => sp.GetRequiredService<FlowSheetService>().CanPrintAsync(caseId)));
        Assert.Empty(await PrintAuditUsersAsync(number));
    }

    [Fact]
    public async Task Every_center_role_may_print_and_an_unknown_case_is_reported()
    {
        var (caseId, _) = await RegisterAsync("13812344444");
        foreach (var user in new[] { "dispatcher", "supervisor", "assessor", "archivist" })
            Assert.Equal("138****4444", DocumentText.Value((await PrintAsAsync(user, caseId)).Document, "联系电话"));

        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => PrintAsAsync("agent", Guid.NewGuid()));
        Assert.Equal("工单不存在。", ex.Message);
    }
}

public sealed class SqliteFlowSheetTests(FlowSheetSqliteApp app) : FlowSheetTests<FlowSheetSqliteApp>(app), IClassFixture<FlowSheetSqliteApp>;

public sealed class MariaDbFlowSheetTests(FlowSheetMariaDbApp app) : FlowSheetTests<FlowSheetMariaDbApp>(app), IClassFixture<FlowSheetMariaDbApp>;
