using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Settings;
using Hotline.Evaluation.Contracts;

namespace Hotline.UnitTests.Evaluation;

/// <summary>The three rates on a fixed data set, computed by hand.</summary>
public sealed class FigureCalculatorTests
{
    private static readonly Guid UnitA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid UnitB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");
    private static readonly Guid[] Ids = Enumerable.Range(1, 7).Select(i => new Guid(i, 0, 0, new byte[8])).ToArray();

    // Unit A: 非常满意, 满意, 基本满意, 不满意 and one case redone whose second rating 满意 replaced a first 不满意.
    // Unit B: 基本满意, and one case redone whose second rating 非常不满意 is the one that counts.
    private static readonly RatedCase[] Cases =
    [
        new(Ids[0], UnitA, Resolved: true, Rating.VerySatisfied, Redone: false, SecondRating: false),
        new(Ids[1], UnitA, Resolved: true, Rating.Satisfied, Redone: false, SecondRating: false),
        new(Ids[2], UnitA, Resolved: false, Rating.BasicallySatisfied, Redone: false, SecondRating: false),
        new(Ids[3], UnitA, Resolved: false, Rating.Dissatisfied, Redone: false, SecondRating: false),
        new(Ids[4], UnitA, Resolved: true, Rating.Satisfied, Redone: true, SecondRating: true),
        new(Ids[5], UnitB, Resolved: true, Rating.BasicallySatisfied, Redone: false, SecondRating: false),
        new(Ids[6], UnitB, Resolved: false, Rating.VeryDissatisfied, Redone: true, SecondRating: true),
    ];

    // Contacted on time: every case but A's 不满意 and B's second.
    private static readonly HashSet<Guid> OnTime = [Ids[0], Ids[1], Ids[2], Ids[4], Ids[5]];

    [Fact]
    public void Rates_follow_the_documented_definitions()
    {
        var figures = FigureCalculator.PerUnit(Cases, OnTime, 0.9).ToDictionary(f => f.UnitId);

        var a = figures[UnitA];
        Assert.Equal((5, 4, 3, 3, 1, 1, 1, 1), (a.Revisited, a.ContactedOnTime, a.Resolved, a.Satisfied, a.BasicallySatisfied, a.Dissatisfied, a.Redone, a.SecondRatings));
        Assert.Equal(0.8, a.ResponseRate!.Value, 10);        // 4 / 5
        Assert.Equal(0.6, a.ResolutionRate!.Value, 10);      // 3 / 5
        Assert.Equal(0.78, a.SatisfactionRate!.Value, 10);   // (1 非常满意 + 2 满意 + 0.9 × 1 基本满意) / 5

        var b = figures[UnitB];
        Assert.Equal((2, 1, 1, 0, 1, 1, 1, 1), (b.Revisited, b.ContactedOnTime, b.Resolved, b.Satisfied, b.BasicallySatisfied, b.Dissatisfied, b.Redone, b.SecondRatings));
        Assert.Equal(0.5, b.ResponseRate!.Value, 10);
        Assert.Equal(0.5, b.ResolutionRate!.Value, 10);
        Assert.Equal(0.45, b.SatisfactionRate!.Value, 10);   // 0.9 × 1 / 2
    }

    [Theory]
    [InlineData(1.0, 0.8)]   // (3 + 1) / 5
    [InlineData(0.0, 0.6)]   // 3 / 5
    [InlineData(0.5, 0.7)]   // (3 + 0.5) / 5
    public void The_weight_of_basically_satisfied_is_configurable(double weight, double expected)
    {
        var a = FigureCalculator.PerUnit(Cases, OnTime, weight).Single(f => f.UnitId == UnitA);
        Assert.Equal(expected, a.SatisfactionRate!.Value, 10);
    }

    [Fact]
    public void The_second_rating_is_the_one_counted()
    {
        // The same case before the redo (first rating 不满意) and after it (second rating 满意): only the counted rating enters.
        var before = Cases.Take(4).Append(new RatedCase(Ids[4], UnitA, false, Rating.Dissatisfied, Redone: true, SecondRating: false));
        var first = FigureCalculator.PerUnit(before, OnTime, 0.9).Single();
        var second = FigureCalculator.PerUnit(Cases.Take(5), OnTime, 0.9).Single();
        Assert.Equal(0.58, first.SatisfactionRate!.Value, 10);   // (1 + 1 + 0.9) / 5
        Assert.Equal(0.78, second.SatisfactionRate!.Value, 10);  // (1 + 2 + 0.9) / 5
        Assert.Equal(0.4, first.ResolutionRate!.Value, 10);
        Assert.Equal(0.6, second.ResolutionRate!.Value, 10);
        Assert.Equal(5, second.Revisited);
        Assert.Equal(1, second.SecondRatings);
    }

    [Fact]
    public void The_composite_weights_the_three_rates()
    {
        var a = FigureCalculator.PerUnit(Cases, OnTime, 0.9).Single(f => f.UnitId == UnitA);
        var composite = FigureCalculator.Composite(a, new EvaluationSettings { ResponseWeight = 0.1, ResolutionWeight = 0.5, SatisfactionWeight = 0.4 });
        Assert.Equal(0.1 * 0.8 + 0.5 * 0.6 + 0.4 * 0.78, composite!.Value, 10);
    }

    [Fact]
    public void No_revisits_means_no_figures()
    {
        Assert.Empty(FigureCalculator.PerUnit([], new HashSet<Guid>(), 0.9));
    }
}
