using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Intake.Shared;
using Hotline.Intake.Registration;
using Hotline.Intake.Decisions;
using Hotline.Intake.Merging;
using Hotline.Intake.Repeats;
using Hotline.Intake.CaseSearch;
using Hotline.Intake.CaseView;
using Hotline.Intake.Progress;
using Hotline.Intake.Intercepted;
using Hotline.Intake.FlowSheet;
using Hotline.Intake.Settings;
using Hotline.Intake.Today;
using Hotline.Intake.Public;
using Hotline.Intake.Domain;
using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Intake;

/// <summary>The case list shows masked numbers to every role; a role that calls back reveals one row, audited, never a confidential one.</summary>
public sealed class CaseListPhoneTests : ComponentTestBase
{
    private const string Phone = "13812345566";

    private async Task<RegistrationResult> RegisterAsync(bool confidential, string content)
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
            Content = content,
            CallerName = "王先生",
            CallerPhone = Phone,
            IsConfidential = confidential,
            SubmissionKey = Guid.NewGuid(),
        }, new IntakeDecision.Accept());
    }

    private async Task<int> RevealAuditCountAsync()
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.CountAsync(a => a.Action == "查看诉求人电话");
    }

    [Fact]
    public async Task An_agent_sees_masks_and_reveals_one_open_row_audited_while_the_confidential_row_has_no_button()
    {
        await RegisterAsync(confidential: true, "保密的诉求：楼道堆放杂物");
        var open = await RegisterAsync(confidential: false, "公开的诉求：电梯停运");
        await SignInAsync("agent");
        RenderProviders();

        var cut = Render<CaseList>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("[data-testid=row-phone]").Count));
        Assert.All(cut.FindAll("[data-testid=row-phone]"), cell => Assert.Contains("138****5566", cell.TextContent));
        Assert.DoesNotContain(Phone, cut.Markup);
        Assert.Single(cut.FindAll("[data-testid=row-reveal-phone]"));
        Assert.Equal(0, await RevealAuditCountAsync());

        cut.Find("[data-testid=row-reveal-phone]").Click();

        cut.WaitForAssertion(() => Assert.Contains(Phone, cut.Markup));
        Assert.Empty(cut.FindAll("[data-testid=row-reveal-phone]"));
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        var audit = await db.AuditLog.SingleAsync(a => a.Action == "查看诉求人电话");
        Assert.Equal(open.CaseNumber, audit.ObjectId);
        Assert.Equal(ListPhoneReveal.Purpose, audit.Detail);
    }

    [Fact]
    public async Task An_assessor_sees_masks_has_no_reveal_and_is_told_to_enter_a_complete_number()
    {
        await RegisterAsync(confidential: false, "公开的诉求：路灯不亮");
        await SignInAsync("assessor");
        RenderProviders();

        var cut = Render<CaseList>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=row-phone]")));
        Assert.Contains("138****5566", cut.Find("[data-testid=row-phone]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=row-reveal-phone]"));

        cut.Find("input[data-testid=filter-phone]").Change("1381234");
        cut.Find("[data-testid=filter-search]").Click();

        cut.WaitForAssertion(() => Assert.Equal(PhoneSearch.FragmentRefused, cut.Find("[data-testid=filter-error]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=row-phone]"));
        Assert.DoesNotContain(Phone, cut.Markup);
    }
}
