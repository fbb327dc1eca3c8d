namespace Hotline.Evaluation.Figures;

/// <summary>
/// One lead unit's counted ratings of one China day (by the time of the counted rating): a year's figures are a sum
/// over at most 366 rows per unit. Kept by <see cref="RatingDays"/>.
/// </summary>
internal sealed class RatingDay
{
    public DateOnly Day { get; init; }
    public Guid UnitId { get; init; }
    public int Revisited { get; init; }
    public int ContactedOnTime { get; init; }
    public int Resolved { get; init; }
    public int Satisfied { get; init; }
    public int BasicallySatisfied { get; init; }
    public int Dissatisfied { get; init; }
    public int Redone { get; init; }
    public int SecondRatings { get; init; }

    public static RatingDay Of(DateOnly day, RatingCounts c) => new()
    {
        Day = day, UnitId = c.UnitId, Revisited = c.Revisited, ContactedOnTime = c.ContactedOnTime, Resolved = c.Resolved,
        Satisfied = c.Satisfied, BasicallySatisfied = c.BasicallySatisfied, Dissatisfied = c.Dissatisfied,
        Redone = c.Redone, SecondRatings = c.SecondRatings,
    };
}

/// <summary>A day whose <see cref="RatingDay"/> rows a save may have changed: recomputed before the next read of it.</summary>
internal sealed class StaleRatingDay
{
    public DateOnly Day { get; init; }
}
