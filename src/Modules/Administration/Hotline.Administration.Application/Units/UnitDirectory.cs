using Hotline.Platform.Caching;

namespace Hotline.Administration.Units;

/// <summary>
/// The small unit table, from the reference-data cache: every page asks it several times (scopes, names, sub-units),
/// and an administrator's move or deactivation empties the cache, so it shows at once in every module on this node
/// (on another node within <see cref="ReferenceDataCache.MaxAge"/>).
/// </summary>
internal sealed class UnitDirectory(IDbContextFactory<AdministrationDbContext> contexts, ReferenceDataCache cache) : IUnitDirectory
{
    public async Task<UnitInfo?> GetUnitAsync(Guid unitId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Find(unitId);

    public async Task<IReadOnlyList<UnitInfo>> GetUnitsAsync(IEnumerable<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var wanted = unitIds.ToHashSet();
        if (wanted.Count == 0)
            return [];
        return (await LoadAsync(cancellationToken)).InTreeOrder().Where(u => wanted.Contains(u.Id)).ToList();
    }

    public async Task<UnitInfo> CenterAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).InTreeOrder().First(u => u.Type == UnitType.Center);

    public async Task<UnitInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var normalized = InputValidation.NormalizeCode(code);
        return (await LoadAsync(cancellationToken)).InTreeOrder().FirstOrDefault(u => u.Code == normalized);
    }

    public async Task<IReadOnlyList<Guid>> DescendantIdsAsync(Guid unitId, bool includeSelf, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Tree.Descendants(unitId, includeSelf);

    public async Task<bool> IsSameOrDescendantAsync(Guid unitId, Guid ancestorId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Tree.IsSameOrDescendant(unitId, ancestorId);

    public async Task<IReadOnlyList<UnitInfo>> ActiveUnitsAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).InTreeOrder().Where(u => u.IsActive).ToList();

    public async Task<IReadOnlyList<UnitInfo>> ChildrenAsync(Guid unitId, bool activeOnly = true, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(cancellationToken);
        return snapshot.Tree.ChildrenOf(unitId).Select(id => snapshot.Find(id)!).Where(u => !activeOnly || u.IsActive).ToList();
    }

    private Task<Snapshot> LoadAsync(CancellationToken cancellationToken) =>
        cache.GetAsync("units", async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var units = await db.Units.AsNoTracking().ToListAsync(ct);
            return new Snapshot(units.OrderBy(u => u.SortOrder).ThenBy(u => u.Code, StringComparer.Ordinal).ToList());
        }, cancellationToken);

    private sealed class Snapshot
    {
        private readonly Dictionary<Guid, UnitInfo> _byId;

        public Snapshot(List<MemberUnit> units)
        {
            Tree = new TreeIndex(units.Select(u => new TreeLink(u.Id, u.ParentId)));
            var names = units.ToDictionary(u => u.Id, u => u.Name);
            _byId = units.ToDictionary(u => u.Id, u => new UnitInfo(u.Id, u.Code, u.Name, Tree.PathName(u.Id, id => names[id]),
                u.Type, u.ParentId, u.AreaId, u.Leader, u.ContactPhone, u.IsActive));
        }

        public TreeIndex Tree { get; }

        public UnitInfo? Find(Guid id) => _byId.GetValueOrDefault(id);

        public IEnumerable<UnitInfo> InTreeOrder() => Tree.DepthFirst().Select(id => _byId[id]);
    }
}
