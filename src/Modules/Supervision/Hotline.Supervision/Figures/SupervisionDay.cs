namespace Hotline.Supervision.Figures;

/// <summary>
/// One unit's supervisions issued on one China day, by the level each stands at now: a year's 督办次数 are a sum over
/// at most 366 rows per unit instead of a count over every supervision of the year.
/// </summary>
internal sealed class SupervisionDay
{
    public DateOnly Day { get; init; }
    public Guid UnitId { get; init; }
    public int Reminder { get; init; }
    public int Notice { get; init; }
    public int Leader { get; init; }
}

/// <summary>A day whose <see cref="SupervisionDay"/> rows a save may have changed: recomputed before the next read of it.</summary>
internal sealed class StaleSupervisionDay
{
    public DateOnly Day { get; init; }
}
