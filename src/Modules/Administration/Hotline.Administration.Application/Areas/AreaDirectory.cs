using Hotline.Platform.Caching;

namespace Hotline.Administration.Areas;

/// <summary>The small area table, from the reference-data cache, which an administrator's change empties.</summary>
internal sealed class AreaDirectory(IDbContextFactory<AdministrationDbContext> contexts, ReferenceDataCache cache) : IAreaDirectory
{
    public async Task<AreaInfo?> GetAreaAsync(Guid areaId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Find(areaId);

    public async Task<IReadOnlyList<AreaInfo>> GetAreasAsync(IEnumerable<Guid> areaIds, CancellationToken cancellationToken = default)
    {
        var wanted = areaIds.ToHashSet();
        if (wanted.Count == 0)
            return [];
        return (await LoadAsync(cancellationToken)).InTreeOrder().Where(a => wanted.Contains(a.Id)).ToList();
    }

    public async Task<IReadOnlyList<AreaInfo>> ActiveAreasAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).InTreeOrder().Where(a => a.IsActive).ToList();

    public async Task<IReadOnlyList<AreaInfo>> ChildrenAsync(Guid? parentId, bool activeOnly = true, CancellationToken cancellationToken = default)
    {
        var snapshot = await LoadAsync(cancellationToken);
        var ids = parentId is Guid parent ? snapshot.Tree.ChildrenOf(parent) : snapshot.Tree.Roots;
        return ids.Select(id => snapshot.Find(id)!).Where(a => !activeOnly || a.IsActive).ToList();
    }

    public async Task<IReadOnlyList<Guid>> DescendantIdsAsync(Guid areaId, bool includeSelf, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Tree.Descendants(areaId, includeSelf);

    private Task<Snapshot> LoadAsync(CancellationToken cancellationToken) =>
        cache.GetAsync("areas", async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var areas = await db.Areas.AsNoTracking().ToListAsync(ct);
            return new Snapshot(areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal).ToList());
        }, cancellationToken);

    private sealed class Snapshot
    {
        private readonly Dictionary<Guid, AreaInfo> _byId;

        public Snapshot(List<Area> areas)
        {
            Tree = new TreeIndex(areas.Select(a => new TreeLink(a.Id, a.ParentId)));
            var names = areas.ToDictionary(a => a.Id, a => a.Name);
            _byId = areas.ToDictionary(a => a.Id, a => new AreaInfo(a.Id, a.Code, a.Name, Tree.PathName(a.Id, id => names[id]),
                a.Level, a.ParentId, a.IsActive));
        }

        public TreeIndex Tree { get; }

        public AreaInfo? Find(Guid id) => _byId.GetValueOrDefault(id);

        public IEnumerable<AreaInfo> InTreeOrder() => Tree.DepthFirst().Select(id => _byId[id]);
    }
}
