namespace Hotline.Platform.Facts;

/// <summary>
/// A module's daily fact table, which its own saves keep current. The host's <c>rebuild-facts</c> command and the
/// scale generator rebuild every registered one from the module's rows (after an upgrade, a restore or a bulk load).
/// </summary>
public interface IDailyFacts
{
    /// <summary>What the table counts, for the command's output.</summary>
    string Name { get; }

    /// <summary>Recomputes every day that has rows; returns the number of days written.</summary>
    Task<int> RebuildAsync(CancellationToken cancellationToken = default);

    /// <summary>Recomputes the days the saves marked; returns how many stay marked (a recompute that failed).</summary>
    Task<int> RefreshAllAsync(CancellationToken cancellationToken = default);

    /// <summary>Whether rows exist that the table has never counted (an upgrade, a bulk load).</summary>
    Task<bool> NeverBuiltAsync(CancellationToken cancellationToken = default);
}
