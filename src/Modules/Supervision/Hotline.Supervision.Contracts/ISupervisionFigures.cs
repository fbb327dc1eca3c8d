namespace Hotline.Supervision.Contracts;

/// <summary>督办次数 of one unit in a period, by the level each supervision stands at now.</summary>
public sealed record UnitSupervisionCounts(Guid UnitId, int Reminder, int Notice, int Leader);

/// <summary>How many cases of a unit have a deadline past due now.</summary>
public sealed record UnitOverdueCases(Guid UnitId, int Cases);

/// <summary>Read-only figures of supervision for the assessment and the center's dashboard.</summary>
public interface ISupervisionFigures
{
    /// <summary>Supervisions issued in [fromUtc, toUtc), per unit; units without any are omitted.</summary>
    Task<IReadOnlyList<UnitSupervisionCounts>> PerUnitAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>The units with the most cases past a watched deadline now, most first.</summary>
    Task<IReadOnlyList<UnitOverdueCases>> MostOverdueAsync(int take, CancellationToken cancellationToken = default);
}
