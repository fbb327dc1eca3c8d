using Hotline.Platform.Catalog;

namespace Hotline.Assessment.Analysis;

/// <summary>Names for the ids analysis counts by, with each node's ancestors loaded so a leaf rolls up to its top level.</summary>
internal sealed class AnalysisNames(ICategoryCatalog categories, IAreaDirectory areas, IUnitDirectory units)
{
    public async Task<Dictionary<Guid, CategoryInfo>> CategoriesAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var map = new Dictionary<Guid, CategoryInfo>();
        var wanted = ids.Distinct().ToList();
        while (wanted.Count > 0)
        {
            foreach (var c in await categories.GetCategoriesAsync(wanted, ct))
                map[c.Id] = c;
            wanted = map.Values.Where(c => c.ParentId is { } p && !map.ContainsKey(p)).Select(c => c.ParentId!.Value).Distinct().ToList();
        }
        return map;
    }

    public async Task<Dictionary<Guid, AreaInfo>> AreasAsync(IEnumerable<Guid> ids, CancellationToken ct)
    {
        var map = new Dictionary<Guid, AreaInfo>();
        var wanted = ids.Distinct().ToList();
        while (wanted.Count > 0)
        {
            foreach (var a in await areas.GetAreasAsync(wanted, ct))
                map[a.Id] = a;
            wanted = map.Values.Where(a => a.ParentId is { } p && !map.ContainsKey(p)).Select(a => a.ParentId!.Value).Distinct().ToList();
        }
        return map;
    }

    public async Task<Dictionary<Guid, string>> UnitNamesAsync(IEnumerable<Guid> ids, CancellationToken ct) =>
        (await units.GetUnitsAsync(ids.Distinct(), ct)).ToDictionary(u => u.Id, u => u.Name);

    /// <summary>The top-level category (大类) of a category.</summary>
    public static CategoryInfo? TopOf(Guid id, IReadOnlyDictionary<Guid, CategoryInfo> map)
    {
        if (!map.TryGetValue(id, out var c))
            return null;
        while (c.ParentId is { } p && map.TryGetValue(p, out var parent))
            c = parent;
        return c;
    }

    /// <summary>The township or street (乡镇/街道) an area lies in; the county itself when the case names only the county.</summary>
    public static AreaInfo? TownshipOf(Guid id, IReadOnlyDictionary<Guid, AreaInfo> map)
    {
        if (!map.TryGetValue(id, out var a))
            return null;
        while (a.Level > AreaLevel.Township && a.ParentId is { } p && map.TryGetValue(p, out var parent))
            a = parent;
        return a;
    }
}
