using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Domain;
using Hotline.Dispatch.Persistence;
using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Hotline.Dispatch.Returns;
using Hotline.Dispatch.Returns.Review;

namespace Hotline.ComponentTests.Dispatch.Returns;

/// <summary>The 退单与下派 panel as a member unit and as the dispatcher sees it.</summary>
public sealed class ReturnsCasePanelTests : ComponentTestBase
{
    // The host registers the gate next to CurrentUser (HostSetup); the component base registers only the latter.

    /// <summary>A case dispatched to 住建局 now (Wed 2026-11-25 09:00): its return window ends Thu 11-26 24:00.</summary>
    private async Task<(Guid CaseId, Guid AssignmentId)> DispatchedToHousingAsync()
    {
        var unit = await Services.GetRequiredService<IUnitDirectory>().FindByCodeAsync("ZJJ");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.IsLeaf && c.Name.Contains("物业"));
        var now = Clock.GetUtcNow().UtcDateTime;
        var caseId = Guid.NewGuid();
        var assignment = new Assignment
        {
            CaseId = caseId,
            DispatchId = Guid.NewGuid(),
            UnitId = unit!.Id,
            Role = AssignmentRole.Lead,
            DispatchedAtUtc = now,
            DispatchedBy = "dispatcher",
            SignForDueUtc = now.AddHours(8),
            FirstContactDueUtc = now.AddHours(24),
            CompletionDueUtc = new DateTime(2026, 12, 16, 16, 0, 0, DateTimeKind.Utc),
            CompletionWorkingDays = 15,
            ReturnWindowEndsUtc = new DateTime(2026, 11, 26, 16, 0, 0, DateTimeKind.Utc),
        };
        await using var db = await Services.GetRequiredService<IDbContextFactory<DispatchDbContext>>().CreateDbContextAsync();
        var dispatchCase = new DispatchCase
        {
            CaseId = caseId,
            CaseNumber = "QH202611250001",
            RequestType = RequestTypeCode.Complaint,
            CategoryId = category.Id,
            Summary = "小区物业不维修电梯",
            RegisteredAtUtc = now,
            QueuedAtUtc = now,
        };
        dispatchCase.Dispatch(now);
        db.Cases.Add(dispatchCase);
        db.Assignments.Add(assignment);
        await db.SaveChangesAsync();
        return (caseId, assignment.Id);
    }

    [Fact]
    public async Task After_the_window_the_unit_sees_the_return_button_disabled_with_the_explanation()
    {
        var (caseId, _) = await DispatchedToHousingAsync();
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 27, 1, 30, 0, TimeSpan.Zero));
        await SignInAsync("zjj");
        RenderProviders();

        var cut = Render<ReturnsCasePanel>(p => p.Add(x => x.CaseId, caseId));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=return-apply-disabled]")));
        Assert.True(cut.Find("[data-testid=return-apply-disabled]").HasAttribute("disabled"));
        Assert.Equal("派单后 1 个工作日内可申请退单，本单退单期限已于 2026-11-26 24:00 届满",
            cut.Find("[data-testid=return-blocked-reason]").TextContent.Trim());
        Assert.Empty(cut.FindAll("[data-testid=return-apply-open]"));
    }

    [Fact]
    public async Task Within_the_window_the_unit_applies_through_the_form_and_sees_it_pending()
    {
        var (caseId, assignmentId) = await DispatchedToHousingAsync();
        await SignInAsync("zjj");
        RenderProviders();
        var cut = Render<ReturnsCasePanel>(p => p.Add(x => x.CaseId, caseId));

        cut.WaitForElement("[data-testid=return-apply-open]").Click();
        cut.Find("[data-testid=return-apply-submit]").Click();
        cut.WaitForAssertion(() => Assert.Equal("请选择退单原因。", cut.Find("[data-testid=panel-error]").TextContent.Trim()));

        var select = cut.FindComponent<MudSelect<ReturnReason?>>();
        await cut.InvokeAsync(() => select.Instance.SelectOption(ReturnReason.NotOurDuty));
        cut.Find("textarea[data-testid=return-basis]").Input("电梯安全监管属市场监管部门职责，不属于本局。");
        cut.Find("[data-testid=return-apply-submit]").Click();

        cut.WaitForAssertion(() => Assert.Equal("待审核", cut.Find("[data-testid=panel-return-status]").TextContent.Trim()));
        Assert.Equal("本单已有待审核的退单申请，请等待审核结果。", cut.Find("[data-testid=return-blocked-reason]").TextContent.Trim());
        await using var db = await Services.GetRequiredService<IDbContextFactory<DispatchDbContext>>().CreateDbContextAsync();
        var request = await db.Returns.SingleAsync(r => r.AssignmentId == assignmentId);
        Assert.Equal(ReturnReason.NotOurDuty, request.Reason);
        Assert.Equal("zjj", request.AppliedBy);
    }

    [Fact]
    public async Task Another_unit_sees_nothing_of_the_case()
    {
        var (caseId, _) = await DispatchedToHousingAsync();
        await SignInAsync("scjgj");
        RenderProviders();

        var cut = Render<ReturnsCasePanel>(p => p.Add(x => x.CaseId, caseId));

        cut.WaitForElement("[data-testid=returns-panel-empty]");
        Assert.Empty(cut.FindAll("[data-testid=panel-assignment]"));
        Assert.DoesNotContain("住房和城乡建设局", cut.Markup);
    }

    [Fact]
    public async Task The_dispatcher_refuses_in_the_review_list_and_the_dialog_insists_on_a_reason()
    {
        var (caseId, assignmentId) = await DispatchedToHousingAsync();
        await AddRequestAsync(caseId, assignmentId, ReturnStatus.Pending);
        await SignInAsync("dispatcher");
        var dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        Render<MudPopoverProvider>();

        var cut = Render<ReturnReviewList>();
        cut.WaitForAssertion(() => Assert.Equal("QH202611250001", cut.Find("[data-testid=return-row] a").TextContent.Trim()));
        cut.Find("[data-testid=return-refuse]").Click();

        dialogs.WaitForElement("[data-testid=reason-dialog-confirm]").Click();
        dialogs.WaitForAssertion(() => Assert.Equal("请填写驳回理由。", dialogs.Find("[data-testid=reason-dialog-error]").TextContent.Trim()));
        dialogs.Find("textarea[data-testid=reason-dialog-text]").Input("经核实属于本局物业监管职责，请继续办理。");
        dialogs.Find("[data-testid=reason-dialog-confirm]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=returns-empty]")));
        await using var check = await Services.GetRequiredService<IDbContextFactory<DispatchDbContext>>().CreateDbContextAsync();
        var refused = await check.Returns.SingleAsync(r => r.AssignmentId == assignmentId);
        Assert.Equal(ReturnStatus.Refused, refused.Status);
        Assert.Equal("dispatcher", refused.ReviewedBy);
    }

    [Fact]
    public async Task The_supervisor_upholds_a_dispute_on_the_disputes_page_and_the_case_goes_back_to_the_queue()
    {
        var (caseId, assignmentId) = await DispatchedToHousingAsync();
        await AddRequestAsync(caseId, assignmentId, ReturnStatus.Disputed);
        await SignInAsync("supervisor");
        var dialogs = Render<MudDialogProvider>();
        Render<MudSnackbarProvider>();
        Render<MudPopoverProvider>();

        var cut = Render<Hotline.Dispatch.Returns.Dispute.DisputesPage>();
        cut.WaitForAssertion(() => Assert.Contains("三定方案", cut.Find("[data-testid=disputes-table]").TextContent));
        cut.Find("[data-testid=dispute-uphold]").Click();
        dialogs.WaitForElement("[data-testid=reason-dialog-confirm]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=returns-empty]")));
        await using var db = await Services.GetRequiredService<IDbContextFactory<DispatchDbContext>>().CreateDbContextAsync();
        Assert.Equal(ReturnStatus.DisputeUpheld, (await db.Returns.SingleAsync(r => r.AssignmentId == assignmentId)).Status);
        Assert.Equal(DispatchState.Waiting, (await db.Cases.SingleAsync(c => c.CaseId == caseId)).State);
        Assert.Equal(AssignmentStatus.Returned, (await db.Assignments.SingleAsync(a => a.Id == assignmentId)).Status);
    }

    private async Task AddRequestAsync(Guid caseId, Guid assignmentId, ReturnStatus status)
    {
        await using var db = await Services.GetRequiredService<IDbContextFactory<DispatchDbContext>>().CreateDbContextAsync();
        var now = Clock.GetUtcNow().UtcDateTime;
        var refused = status == ReturnStatus.Disputed;
        var request = new ReturnRequest
        {
            CaseId = caseId,
            AssignmentId = assignmentId,
            UnitId = (await db.Assignments.SingleAsync(a => a.Id == assignmentId)).UnitId,
            Reason = ReturnReason.NotOurDuty,
            Basis = "电梯安全监管属市场监管部门职责。",
            AppliedAtUtc = now,
            AppliedBy = "zjj",
        };
        db.Returns.Add(request);
        // The row as the review and dispute steps leave it, written straight to the table like the other arranged rows.
        var row = db.Entry(request);
        row.Property(r => r.Status).CurrentValue = status;
        if (refused)
        {
            row.Property(r => r.ReviewedAtUtc).CurrentValue = now;
            row.Property(r => r.ReviewedBy).CurrentValue = "dispatcher";
            row.Property(r => r.ReviewNote).CurrentValue = "属于本局职责";
            row.Property(r => r.DisputeText).CurrentValue = "三定方案明确电梯安全监管属市场监管局。";
            row.Property(r => r.DisputedAtUtc).CurrentValue = now;
            row.Property(r => r.DisputedBy).CurrentValue = "zjj";
        }
        await db.SaveChangesAsync();
    }
}
