using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Persistence;
using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Messaging;
using Hotline.Platform.Organization;
using Hotline.Platform.Time;
using Microsoft.AspNetCore.Components;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Domain;
using Hotline.Dispatch.Queue;

namespace Hotline.ComponentTests.Dispatch;

/// <summary>The dispatcher's queue and dispatch page on the demo county (物业管理 in 城关街道, a complaint).</summary>
public sealed class DispatchPageTests : ComponentTestBase
{
    // The host registers the access gate (HostSetup); the shared test base does not yet.

    private async Task<RegistrationResult> AcceptedComplaintAsync(string content = "小区电梯停运一周，物业不修")
    {
        await SignInAsync("agent");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.Code == "C0101");
        var area = (await Services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Code == "A01");
        var result = await Services.GetRequiredService<CaseRegistration>().RegisterAsync(new RegistrationInput
        {
            RequestType = RequestTypeCode.Complaint,
            CategoryId = category.Id,
            AreaId = area.Id,
            Address = "幸福小区2号楼",
            Content = content,
            CallerName = "李女士",
            CallerPhone = "13700001111",
        }, new IntakeDecision.Accept());
        // No background workers here: hand CaseAccepted to Dispatch's handler as the outbox worker would.
        await Services.GetRequiredService<OutboxProcessor>().ProcessBatchAsync(CancellationToken.None);
        return result;
    }

    [Fact]
    public async Task The_queue_lists_the_waiting_case_with_its_category_and_waiting_time()
    {
        var accepted = await AcceptedComplaintAsync();
        Clock.Advance(TimeSpan.FromMinutes(90));
        await SignInAsync("dispatcher");
        RenderProviders();

        var cut = Render<DispatchQueuePage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=queue-row]")));
        var row = cut.Find("[data-testid=queue-row]");
        Assert.Equal(accepted.CaseNumber, row.GetAttribute("data-case-number"));
        var rowText = row.ParentElement!.TextContent;
        Assert.Contains("城乡建设 / 物业管理", rowText);
        Assert.Contains("城关街道", rowText);
        Assert.Contains("1 小时 30 分钟", rowText);
        Assert.Contains("共 1 件", cut.Find("[data-testid=queue-total]").TextContent);
    }

    [Fact]
    public async Task The_dispatch_page_shows_suggestions_with_reasons_and_the_deadlines_before_confirming()
    {
        var accepted = await AcceptedComplaintAsync();
        await SignInAsync("dispatcher");
        RenderProviders();

        var cut = Render<DispatchCasePage>(p => p.Add(x => x.CaseId, accepted.CaseId));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=suggestion]")));
        var suggestions = cut.FindAll("[data-testid=suggestion]");
        var rule = suggestions.Single(s => s.GetAttribute("data-source") == "RoutingRule");
        Assert.Contains("县住房和城乡建设局", rule.QuerySelector("[data-testid=suggestion-lead]")!.TextContent);
        Assert.Contains("县市场监督管理局", rule.TextContent);
        Assert.Contains("推荐理由：派单规则「城乡建设 / 物业管理 × 全部属地」", rule.QuerySelector("[data-testid=suggestion-reason]")!.TextContent);
        var fallback = suggestions.Single(s => s.GetAttribute("data-source") == "CategoryDefault");
        Assert.Contains("默认承办单位", fallback.TextContent);
        // Wed 2026-11-25 09:00: sign-for 8 h; first contact 24 h; 15 working days end Wed 12-16 at 24:00; return window Thu 11-26 24:00.
        Assert.Contains("2026-11-25 17:00", cut.Find("[data-testid=preview-signfor]").TextContent);
        Assert.Contains("2026-11-26 09:00", cut.Find("[data-testid=preview-contact]").TextContent);
        Assert.Contains("2026-12-16 24:00（15 个工作日）", cut.Find("[data-testid=preview-completion]").TextContent);
        Assert.Contains("2026-11-26 24:00", cut.Find("[data-testid=preview-return]").TextContent);
        Assert.Contains("137****1111", cut.Find("[data-testid=dispatch-caller]").TextContent);
        Assert.DoesNotContain("13700001111", cut.Markup);

        rule.QuerySelector("[data-testid=suggestion-apply]")!.Click();
        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=dispatch-co-chip]")));
        Assert.Contains("2026-11-30 24:00（3 个工作日）", cut.Find("[data-testid=preview-coopinion]").TextContent);
        cut.Find("button[data-testid=dispatch-confirm]").Click();

        cut.WaitForAssertion(() => Assert.EndsWith("/dispatch", Services.GetRequiredService<NavigationManager>().Uri));
        await using var db = await Services.GetRequiredService<IDbContextFactory<DispatchDbContext>>().CreateDbContextAsync();
        var assignments = await db.Assignments.Where(a => a.CaseId == accepted.CaseId).ToListAsync();
        Assert.Equal(2, assignments.Count);
        Assert.Single(assignments, a => a.Role == AssignmentRole.Lead);
    }

    [Fact]
    public async Task A_unit_sees_only_its_own_assignment_in_the_case_panel()
    {
        var accepted = await AcceptedComplaintAsync();
        await SignInAsync("dispatcher");
        RenderProviders();
        var page = Render<DispatchCasePage>(p => p.Add(x => x.CaseId, accepted.CaseId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=suggestion]")));
        page.FindAll("[data-testid=suggestion]").Single(s => s.GetAttribute("data-source") == "RoutingRule")
            .QuerySelector("[data-testid=suggestion-apply]")!.Click();
        page.Find("button[data-testid=dispatch-confirm]").Click();
        page.WaitForAssertion(() => Assert.EndsWith("/dispatch", Services.GetRequiredService<NavigationManager>().Uri));

        await SignInAsync("scjgj");
        var panel = Render<AssignmentsPanel>(p => p.Add(x => x.CaseId, accepted.CaseId));

        panel.WaitForAssertion(() => Assert.Single(panel.FindAll("[data-testid=assignment-row]")));
        Assert.Contains("县市场监督管理局", panel.Find("[data-testid=assignment-row]").TextContent);
        Assert.Contains("协办", panel.Find("[data-testid=assignment-row]").TextContent);
        Assert.DoesNotContain("县住房和城乡建设局", panel.Markup);
        Assert.Empty(panel.FindAll("[data-testid=reassign]"));
    }

    [Fact]
    public async Task The_case_panel_shows_a_moved_completion_deadline_with_why_it_moved()
    {
        var accepted = await AcceptedComplaintAsync();
        await SignInAsync("dispatcher");
        RenderProviders();
        var page = Render<DispatchCasePage>(p => p.Add(x => x.CaseId, accepted.CaseId));
        page.WaitForAssertion(() => Assert.NotEmpty(page.FindAll("[data-testid=suggestion]")));
        page.FindAll("[data-testid=suggestion]").Single(s => s.GetAttribute("data-source") == "RoutingRule")
            .QuerySelector("[data-testid=suggestion-apply]")!.Click();
        page.Find("button[data-testid=dispatch-confirm]").Click();
        page.WaitForAssertion(() => Assert.EndsWith("/dispatch", Services.GetRequiredService<NavigationManager>().Uri));
        DateTime extended;
        await using (var db = await Services.GetRequiredService<IDbContextFactory<DispatchDbContext>>().CreateDbContextAsync())
        {
            var lead = await db.Assignments.SingleAsync(a => a.CaseId == accepted.CaseId && a.Role == AssignmentRole.Lead);
            extended = lead.CompletionDueUtc.AddDays(21);
            lead.FollowCompletionDue(extended, "已批准延期");
            await db.SaveChangesAsync();
        }

        var panel = Render<AssignmentsPanel>(p => p.Add(x => x.CaseId, accepted.CaseId));

        panel.WaitForAssertion(() => Assert.Equal(2, panel.FindAll("[data-testid=assignment-completion-due]").Count));
        var cells = panel.FindAll("[data-testid=assignment-completion-due]").Select(c => c.TextContent).ToList();
        Assert.Contains($"{ChinaTime.Format(extended)}（已批准延期）", cells);
        Assert.Single(cells, c => c.EndsWith("个工作日）"));
    }
}
