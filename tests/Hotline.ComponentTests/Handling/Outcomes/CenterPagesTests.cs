using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.CasePanel;
using Hotline.Handling.Contact;
using Hotline.Handling.Extensions;
using Hotline.Handling.Settings;
using Hotline.Handling.SignFor;

namespace Hotline.ComponentTests.Handling.Outcomes;

/// <summary>The center's extension decisions, the case page's handling panel and the unit manager's settings page.</summary>
public sealed class CenterPagesTests : ComponentTestBase
{

    private DateTime Now => Clock.GetUtcNow().UtcDateTime;

    private async Task<(Guid CaseId, Guid AssignmentId)> ExtensionRequestedAsync()
    {
        await SignInAsync("agent");
        var (caseId, assignmentId) = await HandlingComponentData.DispatchToZjjAsync(Services, Now.AddHours(-1), "小区电梯停运多日无人维修");
        await SignInAsync("zjj");
        await Services.GetRequiredService<SignForService>().SignForAsync(assignmentId, await VersionAsync(assignmentId));
        await Services.GetRequiredService<ContactService>().RecordAsync(assignmentId, new ContactInput(Now, ContactMethod.Phone, true, "已电话联系，约定上门"));
        await Services.GetRequiredService<ExtensionService>().RequestAsync(assignmentId, await VersionAsync(assignmentId), "配件需从厂家调货", "已临时开放备用电梯");
        return (caseId, assignmentId);
    }

    private async Task<Guid> VersionAsync(Guid assignmentId)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContextAsync();
        return (await db.Assignments.SingleAsync(a => a.Id == assignmentId)).Version;
    }

    [Fact]
    public async Task The_dispatcher_picks_a_pending_request_and_approves_it()
    {
        var (_, assignmentId) = await ExtensionRequestedAsync();
        await SignInAsync("dispatcher");
        RenderProviders();

        var cut = Render<ExtensionDecisionsPage>();

        cut.WaitForAssertion(() => Assert.Contains("待审批 1", cut.Find("[data-testid=extensions-pending-count]").TextContent));
        cut.WaitForAssertion(() => cut.Find("[data-testid=extensions-table] tbody tr").Click());
        Assert.Contains("已临时开放备用电梯", cut.Find("[data-testid=extension-detail]").TextContent);
        cut.Find("[data-testid=extension-approve]").Click();

        cut.WaitForAssertion(() => Assert.Contains("待审批 0", cut.Find("[data-testid=extensions-pending-count]").TextContent));
        await using var db = await Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContextAsync();
        Assert.True((await db.Assignments.SingleAsync(a => a.Id == assignmentId)).Extended);
        Assert.Equal(ExtensionStatus.Approved, (await db.Extensions.SingleAsync(e => e.AssignmentId == assignmentId)).Status);
    }

    [Fact]
    public async Task The_case_panel_shows_the_units_work_without_the_callers_phone()
    {
        var (caseId, _) = await ExtensionRequestedAsync();
        await SignInAsync("agent");
        RenderProviders();

        var cut = Render<HandlingCasePanel>(p => p.Add(x => x.CaseId, caseId));

        cut.WaitForAssertion(() => Assert.Contains("县住房和城乡建设局", cut.Find("[data-testid=handling-panel-assignment]").TextContent));
        Assert.Contains("约定上门", cut.Find("[data-testid=handling-panel-contact]").TextContent);
        Assert.Contains("配件需从厂家调货", cut.Find("[data-testid=handling-panel-extension]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=center-contact-save]"));
        Assert.DoesNotContain("13812349876", cut.Markup);
        Assert.DoesNotContain("王先生", cut.Markup);
    }

    [Fact]
    public async Task The_unit_manager_turns_on_approval_of_replies()
    {
        await SignInAsync("zjj.mgr");
        RenderProviders();

        var cut = Render<UnitSettingsPage>();
        cut.WaitForAssertion(() => Assert.Contains("县住房和城乡建设局", cut.Find("[data-testid=unit-settings]").TextContent));
        cut.Find("[data-testid=unit-settings-approval]").Change(true);
        cut.Find("[data-testid=unit-settings-save]").Click();

        cut.WaitForAssertion(() =>
        {
            using var db = Services.GetRequiredService<IDbContextFactory<HandlingDbContext>>().CreateDbContext();
            Assert.True(db.UnitSettings.Single().RequireManagerApproval);
        });
        // Saved and reloaded: the switch matches the stored value, so there is nothing left to save.
        cut.WaitForAssertion(() => Assert.True(cut.Find("[data-testid=unit-settings-save]").HasAttribute("disabled")));
    }
}
