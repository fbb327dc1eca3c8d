namespace Hotline.Assessment.Analysis.TopicReport;

/// <summary>满意率 as Evaluation counts it: 非常满意 and 满意 in full, 基本满意 at its configured weight, over every rated case.</summary>
internal static class SatisfactionRate
{
    public static double? Of(IEnumerable<(int Rating, int Cases)> ratings, double basicallySatisfiedWeight)
    {
        var list = ratings.ToList();
        var rated = list.Sum(r => r.Cases);
        if (rated == 0)
            return null;
        var satisfied = list.Sum(r => r.Rating switch
        {
            (int)Rating.VerySatisfied or (int)Rating.Satisfied => r.Cases,
            (int)Rating.BasicallySatisfied => r.Cases * basicallySatisfiedWeight,
            _ => 0,
        });
        return satisfied / rated;
    }
}
