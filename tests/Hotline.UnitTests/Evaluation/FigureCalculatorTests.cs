using Hotline.Evaluation.Figures;
using Hotline.Evaluation.Settings;

namespace Hotline.UnitTests.Evaluation;

/// <summary>The three rates on fixed counts, computed by hand.</summary>
public sealed class FigureCalculatorTests
{
    private static readonly Guid UnitA = Guid.Parse("aaaaaaaa-0000-0000-0000-000000000001");
    private static readonly Guid UnitB = Guid.Parse("bbbbbbbb-0000-0000-0000-000000000002");

    // Unit A: 非常满意, 满意, 基本满意, 不满意 and one case redone whose second rating 满意 counts; 4 contacted on time, 3 resolved.
    // Unit B: 基本满意, and one case redone whose second rating 非常不满意 counts; 1 contacted on time, 1 resolved.
    private static readonly RatingCounts A = new(UnitA, Revisited: 5, ContactedOnTime: 4, Resolved: 3, Satisfied: 3, BasicallySatisfied: 1, Dissatisfied: 1, Redone: 1, SecondRatings: 1);
    private static readonly RatingCounts B = new(UnitB, Revisited: 2, ContactedOnTime: 1, Resolved: 1, Satisfied: 0, BasicallySatisfied: 1, Dissatisfied: 1, Redone: 1, SecondRatings: 1);

    [Fact]
    public void Rates_follow_the_documented_definitions()
    {
        var figures = FigureCalculator.PerUnit([B, A], 0.9);

        Assert.Equal([UnitA, UnitB], figures.Select(f => f.UnitId));
        var a = figures[0];
        Assert.Equal((5, 4, 3, 3, 1, 1, 1, 1), (a.Revisited, a.ContactedOnTime, a.Resolved, a.Satisfied, a.BasicallySatisfied, a.Dissatisfied, a.Redone, a.SecondRatings));
        Assert.Equal(0.8, a.ResponseRate!.Value, 10);        // 4 / 5
        Assert.Equal(0.6, a.ResolutionRate!.Value, 10);      // 3 / 5
        Assert.Equal(0.78, a.SatisfactionRate!.Value, 10);   // (1 非常满意 + 2 满意 + 0.9 × 1 基本满意) / 5

        var b = figures[1];
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
        var a = Assert.Single(FigureCalculator.PerUnit([A], weight));
        Assert.Equal(expected, a.SatisfactionRate!.Value, 10);
    }

    [Fact]
    public void Days_add_up_to_the_period()
    {
        var monday = A with { Revisited = 3, ContactedOnTime = 2, Resolved = 2, Satisfied = 2, BasicallySatisfied = 0, Dissatisfied = 1, Redone = 0, SecondRatings = 0 };
        var tuesday = A with { Revisited = 2, ContactedOnTime = 2, Resolved = 1, Satisfied = 1, BasicallySatisfied = 1, Dissatisfied = 0, Redone = 1, SecondRatings = 1 };
        Assert.Equal(A, monday.Plus(tuesday));
    }

    [Fact]
    public void The_composite_weights_the_three_rates()
    {
        var a = Assert.Single(FigureCalculator.PerUnit([A], 0.9));
        var composite = FigureCalculator.Composite(a, new EvaluationSettings { ResponseWeight = 0.1, ResolutionWeight = 0.5, SatisfactionWeight = 0.4 });
        Assert.Equal(0.1 * 0.8 + 0.5 * 0.6 + 0.4 * 0.78, composite!.Value, 10);
    }

    [Fact]
    public void No_revisits_means_no_figures()
    {
        Assert.Empty(FigureCalculator.PerUnit([], 0.9));
    }
}
