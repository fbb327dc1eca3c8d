namespace Hotline.Platform.Organization;

/// <summary>
/// Read-only lookups in the member-unit tree for every module: names for display, and the unit
/// scope rule "a unit sees its own and its sub-units' cases". Always reads the current tree.
/// </summary>
public interface IUnitDirectory
{
    /// <returns>The unit, active or not; null when no unit has that id.</returns>
    Task<UnitInfo?> GetUnitAsync(Guid unitId, CancellationToken cancellationToken = default);

    /// <returns>The units found among the ids (unknown ids are skipped), in tree order.</returns>
    Task<IReadOnlyList<UnitInfo>> GetUnitsAsync(IEnumerable<Guid> unitIds, CancellationToken cancellationToken = default);

    /// <summary>The hotline center's unit (there is exactly one from the first start on).</summary>
    Task<UnitInfo> CenterAsync(CancellationToken cancellationToken = default);

    Task<UnitInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>The ids of the unit's whole sub-tree, inactive sub-units included (their past cases stay in scope); empty for an unknown unit.</summary>
    Task<IReadOnlyList<Guid>> DescendantIdsAsync(Guid unitId, bool includeSelf, CancellationToken cancellationToken = default);

    /// <summary>True when <paramref name="unitId"/> is <paramref name="ancestorId"/> or one of its sub-units at any depth.</summary>
    Task<bool> IsSameOrDescendantAsync(Guid unitId, Guid ancestorId, CancellationToken cancellationToken = default);

    /// <summary>All active units in tree order, e.g. for a dispatch picker.</summary>
    Task<IReadOnlyList<UnitInfo>> ActiveUnitsAsync(CancellationToken cancellationToken = default);

    /// <summary>The direct sub-units of a unit, e.g. for a unit manager's sub-dispatch.</summary>
    Task<IReadOnlyList<UnitInfo>> ChildrenAsync(Guid unitId, bool activeOnly = true, CancellationToken cancellationToken = default);
}
