using Bunit;
using Hotline.ComponentTests.Infrastructure;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Persistence;
using Hotline.Handling.Contracts;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.ComponentTests.Evaluation;

/// <summary>The center's figures page: the month's table per unit with names, and the chart of the three rates.</summary>
public sealed class FiguresPageTests : ComponentTestBase
{
    /// <summary>Stands in for Handling: every case was contacted on time except the ones listed.</summary>
    private sealed class ContactFacts(HashSet<Guid> late) : IHandlingFacts
    {
        public Task<IReadOnlyList<UnitHandlingFacts>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<AssignmentFact>> ForUnitAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<CaseContactFact>> ContactFactsAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<CaseContactFact>>(caseIds.Select(id => new CaseContactFact(id, Guid.Empty, true, !late.Contains(id))).ToList());
    }

    private readonly HashSet<Guid> _late = [];

    public FiguresPageTests()
    {
        // Registered last, the stand-in also wins over Handling's real facts once that module registers them.
        Services.AddScoped<IHandlingFacts>(_ => new ContactFacts(_late));
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
            if (i == 3)
                _late.Add(id);
            // Replied, rated and closed through the case's own steps, as a phone revisit leaves it.
            var c = RevisitCase.FirstReplied(id, $"QH20261125900{i}", null, 0);
            c.ReceiveReply(0, unit!.Id, Guid.NewGuid(), ReplyResult.Resolved, null, false, now, now);
            c.Rate(Rating.Satisfied, rating, resolved, now.AddHours(-i));
            c.Close(ClosingOutcome.Satisfied, now);
            db.Cases.Add(c);
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
        Assert.Contains("75.0%", row);   // 响应率 3/4 and 解决率 3/4
        Assert.Equal("72.5%", cut.Find("[data-testid=figures-satisfaction]").TextContent.Trim());   // (满意 + 非常满意 + 0.9 × 基本满意) / 4
        Assert.NotEmpty(cut.FindAll("[data-testid=figures-chart] svg"));
    }
}
