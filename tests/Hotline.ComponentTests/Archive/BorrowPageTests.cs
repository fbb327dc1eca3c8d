using Bunit;
using Hotline.Archive.Borrowing;
using Hotline.Archive.Domain;
using Hotline.Archive.Persistence;
using Hotline.ComponentTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;

namespace Hotline.ComponentTests.Archive;

/// <summary>/archive/borrow: a unit manager asks by case number and is told which record was asked for, or why not.</summary>
public sealed class BorrowPageTests : ComponentTestBase
{
    private const string CaseNumber = "QH202611200001";

    /// <summary>One sealed record of <see cref="CaseNumber"/>, led by zjj.mgr's unit.</summary>
    private async Task SeedAsync()
    {
        var unitId = Services.GetRequiredService<UserAccessDbContext>().Users.Single(u => u.UserName == "zjj.mgr").UnitId;
        var closed = new DateTime(2026, 11, 20, 2, 0, 0, DateTimeKind.Utc);
        var contents = new ArchiveRecord.Contents(Guid.NewGuid(), CaseNumber, "Complaint", Guid.NewGuid(), "城乡建设/物业管理", Guid.NewGuid(), unitId,
            "县住房和城乡建设局", "幸福小区电梯长期故障无人维修", null, false, RetentionPeriod.ThirtyYears, closed, "{\"case\":{\"number\":\"" + CaseNumber + "\"}}");
        var db = Services.GetRequiredService<ArchiveDbContext>();
        db.Records.Add(ArchiveRecord.Seal(contents, 2026, 1, null, null, closed, "系统"));
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task A_unit_manager_asks_by_case_number_and_is_told_the_archive_number_asked_for()
    {
        await SeedAsync();
        await SignInAsync("zjj.mgr");
        RenderProviders();
        var page = Render<BorrowPage>();
        page.WaitForAssertion(() => Assert.NotNull(page.Find("[data-testid=borrow-mine-empty]")));
        Assert.Contains("档案号或工单号", page.Markup);

        // A case with no record yet.
        page.Find("input[data-testid=borrow-number]").Change("QH202611200099");
        page.Find("textarea[data-testid=borrow-reason]").Change("复核该工单的办理过程");
        page.Find("button[data-testid=borrow-submit]").Click();
        page.WaitForAssertion(() => Assert.Contains(Borrowings.NotArchivedForUnit("QH202611200099"), page.Markup));
        Assert.Empty(page.FindAll("[data-testid=borrow-row]"));

        page.Find("input[data-testid=borrow-number]").Change(CaseNumber);
        page.Find("button[data-testid=borrow-submit]").Click();
        var snackbar = Services.GetRequiredService<ISnackbar>();
        page.WaitForAssertion(() => Assert.Contains(snackbar.ShownSnackbars,
            s => s.Message == $"已提交调阅申请：工单 {CaseNumber} 的原始档案 2026-12345-000001，请等待档案员审批。"), TimeSpan.FromSeconds(10));
        page.WaitForAssertion(() => Assert.Contains("2026-12345-000001", Assert.Single(page.FindAll("[data-testid=borrow-row]")).TextContent));
    }
}
