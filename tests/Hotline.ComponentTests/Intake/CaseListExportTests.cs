using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseSearch.Export;
using Hotline.Intake.Contracts;
using Hotline.Intake.Decisions;
using Hotline.Intake.Persistence;
using Hotline.Intake.Registration;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Intake;

/// <summary>
/// 导出 Excel on the case list: a small one read off the circuit's thread and downloaded; a large one a background job
/// under 我的导出; a range over a year is refused at the page.
/// </summary>
public sealed class CaseListExportTests : ComponentTestBase
{
    private const string DownloadModule = "./_content/Hotline.Platform/download.js";

    private async Task RegisterAsync()
    {
        await SignInAsync("agent");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
        var area = (await Services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        await Services.GetRequiredService<CaseRegistration>().RegisterAsync(new RegistrationInput
        {
            RequestType = RequestTypeCode.Complaint,
            CategoryId = category.Id,
            AreaId = area.Id,
            Address = "幸福小区5号楼",
            Content = "电梯停运一周，物业不修",
            CallerName = "王先生",
            CallerPhone = "13812340001",
            SubmissionKey = Guid.NewGuid(),
        }, new IntakeDecision.Accept());
    }

    private async Task<int> ExportAuditCountAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.CountAsync(a => a.Action.StartsWith("导出工单"));
    }

    [Fact]
    public async Task The_agent_exports_the_list_as_an_xlsx_download_and_the_export_is_audited()
    {
        await RegisterAsync();
        var module = JSInterop.SetupModule(DownloadModule);
        module.SetupVoid("saveStream", _ => true).SetVoidResult();
        RenderProviders();
        var cut = Render<CaseList>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=row-phone]")));

        await cut.InvokeAsync(() => cut.Find("[data-testid=export-excel]").Click());

        // The rows are read off the circuit's thread; the download starts when they are written, without a render to wait on.
        for (var waited = 0; module.Invocations["saveStream"].Count == 0 && waited < 30_000; waited += 20)
            await Task.Delay(20);
        var invocation = module.VerifyInvoke("saveStream");
        Assert.Matches(@"^工单导出-\d{8}-\d{4}\.xlsx$", invocation.Arguments[0]?.ToString());
        cut.WaitForAssertion(() => Assert.Contains("导出 Excel", cut.Find("[data-testid=export-excel]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=export-progress]"));
        Assert.Equal(1, await ExportAuditCountAsync());
    }

    [Fact]
    public async Task A_registration_range_over_a_year_is_refused_with_a_message_and_nothing_is_downloaded()
    {
        await RegisterAsync();
        var module = JSInterop.SetupModule(DownloadModule);
        RenderProviders();
        var cut = Render<CaseList>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=row-phone]")));
        var today = ChinaTime.DateOf(Clock.GetUtcNow().UtcDateTime).ToDateTime(TimeOnly.MinValue);
        var pickers = cut.FindComponents<MudDatePicker>();
        await cut.InvokeAsync(() => pickers[0].Instance.DateChanged.InvokeAsync(today.AddDays(-400)));
        await cut.InvokeAsync(() => pickers[1].Instance.DateChanged.InvokeAsync(today));

        await cut.InvokeAsync(() => cut.Find("[data-testid=export-excel]").Click());

        var snackbar = Services.GetRequiredService<ISnackbar>();
        cut.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars,
            s => s.Message == $"导出的登记日期范围不能超过 {CaseQueries.ExportMaxDays} 天，请分段导出。"), TimeSpan.FromSeconds(30));
        Assert.Empty(module.Invocations);
        Assert.Equal(0, await ExportAuditCountAsync());
    }

    [Fact]
    public async Task A_large_export_becomes_a_background_job_whose_file_waits_on_the_list_when_the_user_comes_back()
    {
        // Every export counts as large here, so one case takes the background path.
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CaseExportOptions>>().Value.DirectLimit = 0;
        await RegisterAsync();
        var module = JSInterop.SetupModule(DownloadModule);
        RenderProviders();
        var cut = Render<CaseList>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=row-phone]")));

        await cut.InvokeAsync(() => cut.Find("[data-testid=export-excel]").Click());

        var snackbar = Services.GetRequiredService<ISnackbar>();
        cut.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars, s => s.Message!.Contains("已转为后台导出")), TimeSpan.FromSeconds(30));
        cut.WaitForAssertion(() => Assert.Equal("Queued", cut.Find("[data-testid=export-job]").GetAttribute("data-state")));
        Assert.Contains("我的导出", cut.Markup);
        Assert.Empty(module.Invocations);

        // The page is left while the job runs; coming back, the finished file is offered.
        cut.Dispose();
        await Services.GetRequiredService<CaseExportRunner>().RunUntilIdleAsync();
        var again = Render<CaseList>();
        again.WaitForAssertion(() => Assert.Equal("Completed", again.Find("[data-testid=export-job]").GetAttribute("data-state")));
        Assert.Matches(@"^/cases/exports/[0-9a-f-]{36}/file$", again.Find("[data-testid=export-download]").GetAttribute("href"));
        Assert.Equal(1, await ExportAuditCountAsync());
    }

    [Fact]
    public async Task A_running_job_shows_its_progress_and_announces_its_end_on_the_open_page()
    {
        Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<CaseExportOptions>>().Value.DirectLimit = 0;
        await RegisterAsync();
        RenderProviders();
        var cut = Render<CaseList>();
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=row-phone]")));
        await cut.InvokeAsync(() => cut.Find("[data-testid=export-excel]").Click());
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=export-progress]")), TimeSpan.FromSeconds(30));

        await Services.GetRequiredService<CaseExportRunner>().RunUntilIdleAsync();

        // The open page reads the job once a second while it runs.
        var snackbar = Services.GetRequiredService<ISnackbar>();
        cut.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars, s => s.Message!.StartsWith("工单导出已完成（1 件）")), TimeSpan.FromSeconds(10));
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=export-progress]")));
        Assert.NotEmpty(cut.FindAll("[data-testid=export-download]"));
    }
}
