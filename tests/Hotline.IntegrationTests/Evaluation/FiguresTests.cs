using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Revisits;
using Hotline.Evaluation.Settings;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Evaluation.Persistence;
using Hotline.Handling.Contracts;
using Hotline.Platform.Time;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Evaluation;

/// <summary>
/// The per-unit figures over real revisits, against hand-computed values, summed from the daily rating facts that
/// the saves keep current. Handling's first contacts arrive as its CallerContacted events.
/// </summary>
public abstract class FiguresTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    /// <summary>Whole China days from the day of <paramref name="from"/> to today: read from the daily facts.</summary>
    private Task<IReadOnlyList<UnitEvaluationFigures>> FiguresAsync(DateTime from) =>
        PeriodAsync(ChinaTime.StartOfDayUtc(ChinaTime.DateOf(from)), ChinaTime.EndOfDayUtc(ChinaTime.DateOf(app.Clock.GetUtcNow().UtcDateTime)));

    private Task<IReadOnlyList<UnitEvaluationFigures>> PeriodAsync(DateTime from, DateTime to) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IEvaluationFigures>().PerUnitAsync(from, to));

    private async Task ContactedAsync(RepliedCase c, bool onTime)
    {
        await app.PublishAsync(new CallerContacted(c.AssignmentId, c.CaseId, c.LeadUnitId, app.Clock.GetUtcNow().UtcDateTime, onTime));
        await app.DeliverEventsAsync();
    }

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
        foreach (var c in new[] { satisfied, basically, policy, unreachable })
            await ContactedAsync(c, onTime: true);
        await ContactedAsync(redone, onTime: false);

        await RecordAsync(app, satisfied.CaseId, Rated(Rating.Satisfied, resolved: true));
        await RecordAsync(app, basically.CaseId, Rated(Rating.BasicallySatisfied, resolved: false));
        await RecordAsync(app, redone.CaseId, Rated(Rating.Dissatisfied, resolved: false));
        await RecordAsync(app, policy.CaseId, Rated(Rating.VeryDissatisfied, resolved: false));
        await FollowUpAsync(app, policy.CaseId, DissatisfactionCause.PolicyLimit, instructions: null);
        await RecordAsync(app, unreachable.CaseId, new RevisitInput(ReachResult.NotReached, null, null, null, null));

        // Before the redo: the first rating (不满意) counts.
        var before = Assert.Single(await FiguresAsync(from), f => f.UnitId == unit);
        Assert.Equal((4, 1, 1, 2), (before.Revisited, before.Satisfied, before.BasicallySatisfied, before.Dissatisfied));
        Assert.Equal((1 + 0.9) / 4, before.SatisfactionRate!.Value, 10);

        await FollowUpAsync(app, redone.CaseId, DissatisfactionCause.HandlingProblem);
        app.Clock.Advance(TimeSpan.FromDays(2));
        await ReplyAsync(app, redone, round: 1);
        await RecordAsync(app, redone.CaseId, Rated(Rating.VerySatisfied, resolved: true));

        // After: 4 validly revisited (the unreachable one is not); on time 3/4; resolved 2/4; (满意 + 非常满意 + 0.9 × 基本满意) / 4.
        var after = Assert.Single(await FiguresAsync(from), f => f.UnitId == unit);
        Assert.Equal((4, 3, 2, 2, 1, 1, 1, 1),
            (after.Revisited, after.ContactedOnTime, after.Resolved, after.Satisfied, after.BasicallySatisfied, after.Dissatisfied, after.Redone, after.SecondRatings));
        Assert.Equal(0.75, after.ResponseRate!.Value, 10);
        Assert.Equal(0.5, after.ResolutionRate!.Value, 10);
        Assert.Equal(0.725, after.SatisfactionRate!.Value, 10);

        // A period that ends before the second rating does not see the case at all: its counted rating moved on.
        // The same period cut inside its first and last day counts those pieces from the cases: the same figures.
        var exact = Assert.Single(await PeriodAsync(from, app.Clock.GetUtcNow().UtcDateTime.AddMinutes(1)), f => f.UnitId == unit);
        Assert.Equal(after, exact);

        // Rebuilt from the cases, the day table gives the same figures.
        await app.WithScopeAsync(sp => sp.GetRequiredService<RatingDays>().RebuildAsync());
        Assert.Equal(after, Assert.Single(await FiguresAsync(from), f => f.UnitId == unit));

        var earlier = await app.WithScopeAsync(sp => sp.GetRequiredService<IEvaluationFigures>()
            .RatedCasesAsync(unit, from, app.Clock.GetUtcNow().UtcDateTime.AddDays(-1)));
        Assert.DoesNotContain(earlier, r => r.CaseId == redone.CaseId);
        Assert.Contains(earlier, r => r.CaseId == satisfied.CaseId);
    }
}

public sealed class SqliteFiguresTests(SqliteApp app) : FiguresTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbFiguresTests(MariaDbApp app) : FiguresTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
