using Hotline.Assessment.Sheets;
using Hotline.Assessment.Sheets.Model;
using Hotline.Evaluation.Contracts;

namespace Hotline.UnitTests.Assessment;

/// <summary>
/// The definitions printed beside the figures, and 满意率 without the mediation and law-enforcement cases, on hand-computed
/// counts.
/// </summary>
public sealed class FigureDefinitionTests
{
    private static UnitEvaluationFigures Rated(int revisited, int satisfied, int basically) =>
        new(Guid.Empty, revisited, 0, 0, satisfied, basically, revisited - satisfied - basically, 0, 0, null, null, null);

    [Fact]
    public void Satisfaction_takes_the_not_chased_cases_out_of_numerator_and_denominator()
    {
        // 10 rated: 6 满意, 2 基本满意, 2 不满意; of them 3 in mediation/enforcement categories: 1 满意, 1 基本满意, 1 不满意.
        // (6 − 1 + 0.9 × (2 − 1)) / (10 − 3) = 5.9 / 7.
        var figure = FigureSources.Satisfaction(Rated(10, 6, 2), new UnitNotChasedCounts(Guid.Empty, 3, 1, 1), 0.9);
        Assert.Equal(FigureKind.Satisfaction, figure.Kind);
        Assert.Equal(5.9, figure.Numerator, 10);
        Assert.Equal(7, figure.Denominator);
        Assert.Equal(5.9 / 7, figure.Rate!.Value, 10);

        // None of them: Evaluation's own figure, (6 + 0.9 × 2) / 10.
        Assert.Equal(0.78, FigureSources.Satisfaction(Rated(10, 6, 2), null, 0.9).Rate!.Value, 10);
        // Only not-chased cases: nothing counted, shown as "—".
        var none = FigureSources.Satisfaction(Rated(2, 1, 1), new UnitNotChasedCounts(Guid.Empty, 2, 1, 1), 0.9);
        Assert.Equal((0.0, 0), (none.Numerator, none.Denominator));
        Assert.Null(none.Rate);
        Assert.Null(FigureSources.Satisfaction(null, null, 0.9).Rate);
    }

    [Fact]
    public void Every_figure_has_one_definition_under_a_name_of_its_own()
    {
        Assert.Equal(Enum.GetValues<FigureKind>().Order(), FigureDefinitions.All.Select(d => d.Kind).Order());
        Assert.Equal(FigureDefinitions.All.Count, FigureDefinitions.All.Select(d => d.Name).Distinct().Count());
        // 响应率 is Evaluation's revisit figure (按时联系/有效回访); the assessment's own is 首次联系及时率, counted over dispatched cases.
        Assert.DoesNotContain(FigureDefinitions.All, d => d.Name.Contains("响应率"));
        Assert.Equal("首次联系及时率", FigureDefinitions.Of(FigureKind.FirstContactOnTime).Name);
        Assert.Contains("不含行政调解类、执法办案类", FigureDefinitions.Of(FigureKind.Satisfaction).Denominator);
        Assert.DoesNotContain("行政调解", FigureDefinitions.Of(FigureKind.Resolution).Denominator);
    }

    [Fact]
    public void The_composite_names_its_three_figures_with_their_weights_and_the_notes_tell_the_two_response_figures_apart()
    {
        var text = FigureDefinitions.Composite(new CompositeWeights(0.3, 0.35, 0.35));
        Assert.Contains("0.3 × 首次联系及时率", text);
        Assert.Contains("0.35 × 解决率", text);
        Assert.Contains("0.35 × 满意率", text);
        var notes = FigureDefinitions.Notes(0.9);
        Assert.Contains("按 0.9 计", notes);
        Assert.Contains("回访响应率（回访核实：按时联系 ÷ 有效回访）", notes);
    }
}
