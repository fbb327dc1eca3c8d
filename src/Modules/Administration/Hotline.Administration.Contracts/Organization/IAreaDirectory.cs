namespace Hotline.Platform.Organization;

/// <summary>Read-only lookups in the area tree (属地) for every module, e.g. the place concerned of a case.</summary>
public interface IAreaDirectory
{
    /// <returns>The area, active or not; null when no area has that id.</returns>
    Task<AreaInfo?> GetAreaAsync(Guid areaId, CancellationToken cancellationToken = default);

    /// <returns>The areas found among the ids (unknown ids are skipped), in tree order.</returns>
    Task<IReadOnlyList<AreaInfo>> GetAreasAsync(IEnumerable<Guid> areaIds, CancellationToken cancellationToken = default);

    /// <summary>All active areas in tree order.</summary>
    Task<IReadOnlyList<AreaInfo>> ActiveAreasAsync(CancellationToken cancellationToken = default);

    /// <summary>The direct children of an area, or the roots (counties) when <paramref name="parentId"/> is null: for picking township, then village.</summary>
    Task<IReadOnlyList<AreaInfo>> ChildrenAsync(Guid? parentId, bool activeOnly = true, CancellationToken cancellationToken = default);

    /// <summary>The ids of the area's whole sub-tree; empty for an unknown area.</summary>
    Task<IReadOnlyList<Guid>> DescendantIdsAsync(Guid areaId, bool includeSelf, CancellationToken cancellationToken = default);
}
