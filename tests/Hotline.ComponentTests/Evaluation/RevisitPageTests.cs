using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Revisits;
using Hotline.Intake.Decisions;
using Hotline.Intake.Registration;
using Hotline.Evaluation.Persistence;
using Hotline.Handling.Contracts;
using Hotline.Intake.Contracts;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Evaluation;

/// <summary>The revisit page: ratings only once the caller is reached, and the notice for mediation and law-enforcement matters.</summary>
public sealed class RevisitPageTests : ComponentTestBase
{
    public RevisitPageTests()
    {
        // The page marks itself ready for e2e once interactive, as on a live circuit.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private async Task<Guid> RepliedCaseAsync(string categoryName)
    {
        await SignInAsync("agent");
        var category = (await Services.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => c.Name == categoryName);
        var area = (await Services.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.Township);
        var registered = await Services.GetRequiredService<CaseRegistration>().RegisterAsync(new RegistrationInput
        {
            RequestType = RequestTypeCode.Complaint,
            CategoryId = category.Id,
            AreaId = area.Id,
            Address = "幸福小区5号楼",
            Content = "物业费纠纷，双方协商不成",
            CallerName = "王先生",
            CallerPhone = "13812340001",
        }, new IntakeDecision.Accept());
        var unit = await Services.GetRequiredService<IUnitDirectory>().FindByCodeAsync("ZJJ");
        // As Evaluation's CaseReplied handler leaves it: the reply waits for its revisit.
        await using var db = await Services.GetRequiredService<IDbContextFactory<EvaluationDbContext>>().CreateDbContextAsync();
        var c = RevisitCase.FirstReplied(registered.CaseId, registered.CaseNumber, category.Id, 0);
        c.ReceiveReply(0, unit!.Id, Guid.NewGuid(), ReplyResult.Resolved, "已组织双方调解并达成协议", false,
            Clock.GetUtcNow().UtcDateTime, Clock.GetUtcNow().UtcDateTime.AddDays(2));
        db.Cases.Add(c);
        await db.SaveChangesAsync();
        return registered.CaseId;
    }

    private static void Choose(IRenderedComponent<RevisitPage> cut, string testId) =>
        cut.Find($"[data-testid={testId}] input, input[data-testid={testId}]").Click();

    [Fact]
    public async Task Rating_fields_appear_only_when_the_caller_is_reached()
    {
        var caseId = await RepliedCaseAsync("物业管理");
        RenderProviders();
        var cut = Render<RevisitPage>(p => p.Add(x => x.CaseId, caseId));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=revisit-form]")));
        Assert.Empty(cut.FindAll("[data-testid=rating-fields]"));
        Assert.Empty(cut.FindAll("[data-testid=mediation-notice]"));
        Assert.Contains("已组织双方调解并达成协议", cut.Find("[data-testid=revisit-reply]").TextContent);

        Choose(cut, "reach-reached");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=rating-fields]")));
        Assert.Contains("办理环节评价", cut.Find("[data-testid=rating-fields]").TextContent);

        Choose(cut, "reach-not-reached");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=rating-fields]")));
        Assert.NotEmpty(cut.FindAll("[data-testid=not-reached-hint]"));
    }

    [Fact]
    public async Task Saving_without_a_reach_result_shows_the_message_and_records_nothing()
    {
        var caseId = await RepliedCaseAsync("物业管理");
        RenderProviders();
        var cut = Render<RevisitPage>(p => p.Add(x => x.CaseId, caseId));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=revisit-save]")));

        cut.Find("[data-testid=revisit-save]").Click();

        // The message stands under the reach result, not in a summary, and goes as soon as a result is chosen.
        cut.WaitForAssertion(() => Assert.Contains("请选择回访结果", cut.Find("[data-testid=field-error][data-field=reach]").TextContent));
        Assert.Empty(cut.FindAll("[data-testid=revisit-error]"));
        await using (var db = await Services.GetRequiredService<IDbContextFactory<EvaluationDbContext>>().CreateDbContextAsync())
            Assert.False(await db.Attempts.AnyAsync(a => a.CaseId == caseId));

        Choose(cut, "reach-reached");
        cut.WaitForAssertion(() => Assert.Empty(cut.FindAll("[data-testid=field-error]")));
        cut.Find("[data-testid=revisit-save]").Click();
        cut.WaitForAssertion(() => Assert.Contains("请选择受理环节评价", cut.Find("[data-testid=field-error][data-field=intake-rating]").TextContent));
    }

    [Fact]
    public async Task A_dissatisfied_rating_opens_the_follow_up_form()
    {
        var caseId = await RepliedCaseAsync("物业管理");
        RenderProviders();
        var cut = Render<RevisitPage>(p => p.Add(x => x.CaseId, caseId));
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=revisit-form]")));

        Choose(cut, "reach-reached");
        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=rating-fields]")));
        Choose(cut, "resolved-no");
        Choose(cut, "intake-rating-Satisfied");
        Choose(cut, "handling-rating-Dissatisfied");
        cut.Find("[data-testid=revisit-save]").Click();

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=follow-up-form]")));
        Assert.Contains("待不满意回访", cut.Find("[data-testid=revisit-state]").TextContent);
        Assert.Single(cut.FindAll("[data-testid=attempt-row]"));
    }

    [Fact]
    public async Task A_mediation_case_shows_the_notice_not_to_chase_satisfaction()
    {
        var caseId = await RepliedCaseAsync("物业纠纷调解");
        RenderProviders();
        var cut = Render<RevisitPage>(p => p.Add(x => x.CaseId, caseId));

        cut.WaitForAssertion(() => Assert.NotEmpty(cut.FindAll("[data-testid=mediation-notice]")));
        var notice = cut.Find("[data-testid=mediation-notice]").TextContent;
        Assert.Contains("行政调解类", notice);
        Assert.Contains("不得片面追求满意度", notice);
        Assert.Contains("督办员", notice);
    }
}
