using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Settings;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.Handling.Contracts;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Evaluation;

/// <summary>
/// The per-unit figures over real revisits, against hand-computed values. Handling's contact facts
/// come from a stand-in here, so the test does not depend on the Handling module being present.
/// </summary>
public abstract class FiguresTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private sealed class ContactFacts(IReadOnlySet<Guid> onTime) : IHandlingFacts
    {
        public Task<IReadOnlyList<UnitHandlingFacts>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The figures read contact facts only.");

        public Task<IReadOnlyList<AssignmentFact>> ForUnitAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default) =>
            throw new NotSupportedException("The figures read contact facts only.");

        public Task<IReadOnlyList<CaseContactFact>> ContactFactsAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken = default) =>
            Task.FromResult<IReadOnlyList<CaseContactFact>>(caseIds.Select(id => new CaseContactFact(id, Guid.Empty, true, onTime.Contains(id))).ToList());
    }

    private sealed class Provider(IServiceProvider inner, IHandlingFacts facts) : IServiceProvider
    {
        public object? GetService(Type serviceType) => serviceType == typeof(IHandlingFacts) ? facts : inner.GetService(serviceType);
    }

    private Task<IReadOnlyList<UnitEvaluationFigures>> FiguresAsync(DateTime from, IReadOnlySet<Guid> onTime) =>
        app.WithScopeAsync(sp => new EvaluationFigures(
                sp.GetRequiredService<IDbContextFactory<EvaluationDbContext>>(),
                sp.GetRequiredService<EvaluationSettingsService>(),
                new Provider(sp, new ContactFacts(onTime)))
            .PerUnitAsync(from, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1)));

    private async Task<RepliedCase> RepliedForUnitAsync(string phone, Guid unitId)
    {
        var c = await RegisterAsync(app, phone) with { LeadUnitId = unitId };
        await ReplyAsync(app, c);
        return c;
    }

    [Fact]
    public async Task Unit_figures_match_hand_computed_values_and_the_second_rating_replaces_the_first()
    {
        var from = app.Clock.GetUtcNow().UtcDateTime;
        var unit = Guid.NewGuid();
        var satisfied = await RepliedForUnitAsync("13200000001", unit);
        var basically = await RepliedForUnitAsync("13200000002", unit);
        var redone = await RepliedForUnitAsync("13200000003", unit);
        var policy = await RepliedForUnitAsync("13200000004", unit);
        var unreachable = await RepliedForUnitAsync("13200000005", unit);
        IReadOnlySet<Guid> onTime = new HashSet<Guid> { satisfied.CaseId, basically.CaseId, policy.CaseId, unreachable.CaseId };

        await RecordAsync(app, satisfied.CaseId, Rated(Rating.Satisfied, resolved: true));
        await RecordAsync(app, basically.CaseId, Rated(Rating.BasicallySatisfied, resolved: false));
        await RecordAsync(app, redone.CaseId, Rated(Rating.Dissatisfied, resolved: false));
        await RecordAsync(app, policy.CaseId, Rated(Rating.VeryDissatisfied, resolved: false));
        await FollowUpAsync(app, policy.CaseId, DissatisfactionCause.PolicyLimit, instructions: null);
        await RecordAsync(app, unreachable.CaseId, new RevisitInput(ReachResult.NotReached, null, null, null, null));

        // Before the redo: the first rating (不满意) counts.
        var before = Assert.Single(await FiguresAsync(from, onTime), f => f.UnitId == unit);
        Assert.Equal((4, 1, 1, 2), (before.Revisited, before.Satisfied, before.BasicallySatisfied, before.Dissatisfied));
        Assert.Equal((1 + 0.9) / 4, before.SatisfactionRate!.Value, 10);

        await FollowUpAsync(app, redone.CaseId, DissatisfactionCause.HandlingProblem);
        app.Clock.Advance(TimeSpan.FromDays(2));
        await ReplyAsync(app, redone, round: 1);
        await RecordAsync(app, redone.CaseId, Rated(Rating.VerySatisfied, resolved: true));

        // After: 4 validly revisited (the unreachable one is not); on time 3/4; resolved 2/4; (满意 + 非常满意 + 0.9 × 基本满意) / 4.
        var after = Assert.Single(await FiguresAsync(from, onTime), f => f.UnitId == unit);
        Assert.Equal((4, 3, 2, 2, 1, 1, 1, 1),
            (after.Revisited, after.ContactedOnTime, after.Resolved, after.Satisfied, after.BasicallySatisfied, after.Dissatisfied, after.Redone, after.SecondRatings));
        Assert.Equal(0.75, after.ResponseRate!.Value, 10);
        Assert.Equal(0.5, after.ResolutionRate!.Value, 10);
        Assert.Equal(0.725, after.SatisfactionRate!.Value, 10);

        // A period that ends before the second rating does not see the case at all: its counted rating moved on.
        var earlier = await app.WithScopeAsync(sp => sp.GetRequiredService<EvaluationFigures>()
            .RatedCasesAsync(from, app.Clock.GetUtcNow().UtcDateTime.AddDays(-1), CancellationToken.None));
        Assert.DoesNotContain(earlier, r => r.CaseId == redone.CaseId);
        Assert.Contains(earlier, r => r.CaseId == satisfied.CaseId);
    }
}

public sealed class SqliteFiguresTests(SqliteApp app) : FiguresTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbFiguresTests(MariaDbApp app) : FiguresTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
