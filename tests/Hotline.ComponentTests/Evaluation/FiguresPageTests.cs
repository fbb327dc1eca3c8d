using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Persistence;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Evaluation;

/// <summary>The center's figures page: the month's table per unit with names, and the chart of the three rates.</summary>
public sealed class FiguresPageTests : ComponentTestBase
{
    public FiguresPageTests()
    {
        // The page counts in the interactive render only, as on a live circuit.
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Server", isInteractive: true));
    }

    private async Task SeedRatingsAsync()
    {
        var unit = await Services.GetRequiredService<IUnitDirectory>().FindByCodeAsync("ZJJ");
        var now = Clock.GetUtcNow().UtcDateTime;
        await using var db = await Services.GetRequiredService<IDbContextFactory<EvaluationDbContext>>().CreateDbContextAsync();
        foreach (var (rating, resolved, i) in new[] { (Rating.Satisfied, true, 1), (Rating.BasicallySatisfied, true, 2), (Rating.Dissatisfied, false, 3), (Rating.VerySatisfied, true, 4) })
        {
            var id = Guid.NewGuid();
            var assignment = Guid.NewGuid();
            // Replied, rated and closed through the case's own steps, as a phone revisit leaves it.
            var c = RevisitCase.FirstReplied(id, $"QH20261125900{i}", null, 0);
            c.ReceiveReply(0, unit!.Id, assignment, ReplyResult.Resolved, null, false, now, now);
            c.Rate(Rating.Satisfied, rating, resolved, now.AddHours(-i));
            c.Close(ClosingOutcome.Satisfied, now);
            db.Cases.Add(c);
            // Handling's first contact, as CallerContacted leaves it: all on time but the third.
            db.FirstContacts.Add(new FirstContact { AssignmentId = assignment, CaseId = id, OnTime = i != 3 });
        }
        await db.SaveChangesAsync();
    }

    [Fact]
    public async Task The_prerender_shows_the_form_and_leaves_the_counting_to_the_circuit()
    {
        await SignInAsync("assessor");
        await SeedRatingsAsync();
        Renderer.SetRendererInfo(new Microsoft.AspNetCore.Components.RendererInfo("Static", isInteractive: false));
        RenderProviders();

        var cut = Render<FiguresPage>();

        Assert.NotNull(cut.Find("[data-testid=figures-loading]"));
        Assert.Empty(cut.FindAll("[data-testid=figures-row]"));
    }

    [Fact]
    public async Task The_month_shows_each_unit_with_its_rates_and_a_chart()
    {
        await SignInAsync("assessor");
        await SeedRatingsAsync();
        RenderProviders();

        var cut = Render<FiguresPage>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("[data-testid=figures-row]")));
        var row = cut.Find("[data-testid=figures-row]").TextContent;
        Assert.Contains("住房和城乡建设局", row);
        Assert.Contains("75.0%", row);   // 回访响应率 3/4 and 解决率 3/4
        Assert.Equal("72.5%", cut.Find("[data-testid=figures-satisfaction]").TextContent.Trim());   // (满意 + 非常满意 + 0.9 × 基本满意) / 4
        Assert.NotEmpty(cut.FindAll("[data-testid=figures-chart] svg"));
        // Named apart from the assessment's 首次联系及时率, with its definition and where the composite's weights are set.
        Assert.Contains("回访响应率", cut.Find("[data-testid=figures-table] thead").TextContent);
        Assert.Contains("回访响应率（回访核实：按时联系 ÷ 有效回访）", cut.Markup);
        Assert.Contains("首次联系及时率", cut.Find("[data-testid=figures-not-assessment]").TextContent);
        Assert.Contains("回访设置中的权重", cut.Markup);
    }
}
