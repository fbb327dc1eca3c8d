using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Intake.CaseView;
using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Intake;

/// <summary>The caller's phone on the case detail page: masked for everyone, revealed (and audited) only for roles that call back.</summary>
public sealed class CaseDetailPageTests : ComponentTestBase
{
    private const string Phone = "13812349876";

    private static readonly Microsoft.AspNetCore.Components.RendererInfo Interactive = new("Server", isInteractive: true);

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
            Content = "楼上装修噪音扰民，物业不管",
            CallerName = "王先生",
            CallerPhone = Phone,
        }, new IntakeDecision.Accept());
    }

    private async Task<int> RevealAuditCountAsync(string number)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        return await db.AuditLog.CountAsync(a => a.Action == "查看诉求人电话" && a.ObjectId == number);
    }

    [Fact]
    public async Task The_registration_and_the_decision_name_the_agent_as_people_read_it_not_by_login()
    {
        var registered = await RegisterAsAgentAsync();
        await SignInAsync("supervisor");
        Renderer.SetRendererInfo(Interactive);
        RenderProviders();

        var cut = Render<CaseDetailPage>(p => p.Add(x => x.CaseId, registered.CaseId));

        cut.WaitForAssertion(() => Assert.Contains("话务员小陈（话务员）", cut.Find("[data-testid=case-registered]").TextContent));
        Assert.Contains("话务员小陈（话务员）", cut.Find("[data-testid=case-decided]").TextContent);
        Assert.DoesNotContain("agent", cut.Find("[data-testid=case-registered]").TextContent);
        Assert.DoesNotContain("agent", cut.Find("[data-testid=case-decided]").TextContent);
    }

    [Fact]
    public async Task An_assessor_sees_the_phone_masked_and_no_reveal_button()
    {
        var registered = await RegisterAsAgentAsync();
        await SignInAsync("assessor");
        Renderer.SetRendererInfo(Interactive);
        RenderProviders();

        var cut = Render<CaseDetailPage>(p => p.Add(x => x.CaseId, registered.CaseId));

        cut.WaitForAssertion(() => Assert.Equal("138****9876", cut.Find("[data-testid=caller-phone]").TextContent.Trim()));
        Assert.Contains(registered.CaseNumber, cut.Find("[data-testid=case-number]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=reveal-phone]"));
        Assert.DoesNotContain(Phone, cut.Markup);
        Assert.Equal(0, await RevealAuditCountAsync(registered.CaseNumber));
    }

    [Fact]
    public async Task An_agent_reveals_the_full_phone_and_the_reveal_is_audited()
    {
        var registered = await RegisterAsAgentAsync();
        Renderer.SetRendererInfo(Interactive);
        RenderProviders();

        var cut = Render<CaseDetailPage>(p => p.Add(x => x.CaseId, registered.CaseId));

        cut.WaitForAssertion(() => Assert.Equal("138****9876", cut.Find("[data-testid=caller-phone]").TextContent.Trim()));
        Assert.Equal(0, await RevealAuditCountAsync(registered.CaseNumber));

        cut.Find("[data-testid=reveal-phone]").Click();

        cut.WaitForAssertion(() => Assert.Equal(Phone, cut.Find("[data-testid=caller-phone]").TextContent.Trim()));
        Assert.Empty(cut.FindAll("[data-testid=reveal-phone]"));
        await using var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync();
        var audit = await db.AuditLog.SingleAsync(a => a.Action == "查看诉求人电话" && a.ObjectId == registered.CaseNumber);
        Assert.Equal("agent", audit.UserName);
        Assert.Equal("工单详情查看", audit.Detail);
    }

    [Fact]
    public async Task A_visit_reads_the_case_once_and_its_modules_panels_only_in_the_circuit()
    {
        var registered = await RegisterAsAgentAsync();
        RenderProviders();
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        var prerendered = Render<CaseDetailPage>(p => p.Add(x => x.CaseId, registered.CaseId));
        prerendered.WaitForAssertion(() => Assert.Equal("楼上装修噪音扰民，物业不管", prerendered.Find("[data-testid=case-content]").TextContent));
        Assert.NotEmpty(prerendered.FindAll("[data-testid=case-panel]"));
        Assert.All(prerendered.FindAll("[data-testid=case-panel]"), panel => Assert.NotNull(panel.QuerySelector(".mud-progress-linear")));
        PrerenderState.TriggerOnPersisting();

        // Changed after the prerender: the circuit shows what the prerender handed over instead of reading again.
        await using (var db = await Services.GetRequiredService<IDbContextFactory<IntakeDbContext>>().CreateDbContextAsync())
            await db.Cases.Where(c => c.Id == registered.CaseId).ExecuteUpdateAsync(u => u.SetProperty(c => c.Content, "改过的内容"));
        Renderer.SetRendererInfo(Interactive);
        var interactive = Render<CaseDetailPage>(p => p.Add(x => x.CaseId, registered.CaseId));

        interactive.WaitForAssertion(() => Assert.Contains("派单", interactive.Find("[data-testid=case-panel]").TextContent));
        Assert.Equal("楼上装修噪音扰民，物业不管", interactive.Find("[data-testid=case-content]").TextContent);
        Assert.Equal("138****9876", interactive.Find("[data-testid=caller-phone]").TextContent.Trim());

        // Taken once: the next visit in the same circuit reads the case afresh.
        var next = Render<CaseDetailPage>(p => p.Add(x => x.CaseId, registered.CaseId));
        next.WaitForAssertion(() => Assert.Equal("改过的内容", next.Find("[data-testid=case-content]").TextContent));
    }
}
