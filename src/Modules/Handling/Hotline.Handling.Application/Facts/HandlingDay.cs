namespace Hotline.Handling.Facts;

/// <summary>
/// One unit's assignments dispatched on one China day, as the per-unit facts count them (ended ones left out): a
/// year's facts are a sum over at most 366 rows per unit. An open assignment that is overdue now is counted live.
/// </summary>
internal sealed class HandlingDay
{
    public DateOnly Day { get; init; }
    public Guid UnitId { get; init; }
    public int Assignments { get; init; }
    public int Signed { get; init; }
    public int SignedOnTime { get; init; }
    public int ContactRequired { get; init; }
    public int ContactedOnTime { get; init; }
    public int Replied { get; init; }
    public int RepliedOnTime { get; init; }
    public int RepliedLate { get; init; }
    public int Extended { get; init; }
    public int Redone { get; init; }
}

/// <summary>A day whose <see cref="HandlingDay"/> rows a save may have changed: recomputed before the next read of it.</summary>
internal sealed class StaleHandlingDay
{
    public DateOnly Day { get; init; }
}
