using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.Intake.FlowSheet;
using Hotline.Intake.Persistence;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.FlowSheet;

/// <summary>The 打印工作流转单 button: renders the PDF off the circuit thread, shows progress, downloads under the case's number, shows errors.</summary>
public sealed class FlowSheetButtonTests : ComponentTestBase
{
    private const string DownloadModule = "./_content/Hotline.Platform/download.js";


    private async Task<RegistrationResult> RegisterAsAgentAsync()
    {
        await SignInAsync("agent");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
        var area = (await Services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        return await Services.GetRequiredService<CaseRegistration>().RegisterAsync(new RegistrationInput
        {
            RequestType = RequestTypeCode.Complaint,
            CategoryId = category.Id,
            AreaId = area.Id,
            Address = "幸福小区5号楼",
            Content = "电梯停运一周，物业不修",
            CallerName = "王先生",
            CallerPhone = "13812349876",
        }, new IntakeDecision.Accept());
    }

    private async Task<int> PrintAuditCountAsync(string number)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.CountAsync(a => a.Action == FlowSheetService.AuditAction && a.ObjectId == number);
    }

    [Fact]
    public async Task Clicking_shows_progress_then_downloads_the_pdf_named_after_the_case()
    {
        var registered = await RegisterAsAgentAsync();
        var module = JSInterop.SetupModule(DownloadModule);
        // Left pending until the test completes it, so the button is seen while it works.
        var save = module.SetupVoid("saveStream", _ => true);
        RenderProviders();
        var cut = Render<FlowSheetButton>(p => p.Add(x => x.CaseId, registered.CaseId));

        var button = cut.WaitForElement("[data-testid=flow-sheet-download]");
        Assert.Contains("打印工作流转单", button.TextContent);
        await cut.InvokeAsync(() => button.Click());

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=flow-sheet-progress]")), TimeSpan.FromSeconds(30));
        Assert.True(cut.Find("[data-testid=flow-sheet-download]").HasAttribute("disabled"));
        // The PDF renders off the circuit's thread; the download starts when it is done, without a render to wait on.
        for (var waited = 0; module.Invocations["saveStream"].Count == 0 && waited < 30_000; waited += 20)
            await Task.Delay(20);
        var invocation = module.VerifyInvoke("saveStream");
        Assert.Equal($"工作流转单-{registered.CaseNumber}.pdf", invocation.Arguments[0]);
        Assert.Equal("application/pdf", invocation.Arguments[1]);

        await cut.InvokeAsync(() => save.SetVoidResult());
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=flow-sheet-progress]")));
        Assert.False(cut.Find("[data-testid=flow-sheet-download]").HasAttribute("disabled"));
        Assert.Empty(cut.FindAll("[data-testid=flow-sheet-error]"));
        Assert.Equal(1, await PrintAuditCountAsync(registered.CaseNumber));
    }

    [Fact]
    public async Task A_unit_not_on_the_case_sees_no_button()
    {
        var registered = await RegisterAsAgentAsync();
        await SignInAsync("scjgj");
        RenderProviders();
        var cut = Render<FlowSheetButton>(p => p.Add(x => x.CaseId, registered.CaseId));

        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=flow-sheet-download]")));
        Assert.Equal(0, await PrintAuditCountAsync(registered.CaseNumber));
    }

    [Fact]
    public async Task A_failure_is_shown_on_the_page_and_nothing_is_downloaded()
    {
        await SignInAsync("agent");
        var module = JSInterop.SetupModule(DownloadModule);
        RenderProviders();
        var cut = Render<FlowSheetButton>(p => p.Add(x => x.CaseId, Guid.NewGuid()));

        await cut.InvokeAsync(() => cut.WaitForElement("[data-testid=flow-sheet-download]").Click());

        cut.WaitForAssertion(() => Assert.Equal("工单不存在。", cut.Find("[data-testid=flow-sheet-error]").TextContent.Trim()));
        Assert.Empty(module.Invocations);
    }
}
