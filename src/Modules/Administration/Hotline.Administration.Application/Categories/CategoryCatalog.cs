using Hotline.Platform.Caching;

namespace Hotline.Administration.Categories;

/// <summary>The small category and request-type tables, from the reference-data cache, which an administrator's change empties.</summary>
internal sealed class CategoryCatalog(IDbContextFactory<AdministrationDbContext> contexts, ReferenceDataCache cache) : ICategoryCatalog
{
    public async Task<CategoryInfo?> GetCategoryAsync(Guid categoryId, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Find(categoryId);

    public async Task<IReadOnlyList<CategoryInfo>> GetCategoriesAsync(IEnumerable<Guid> categoryIds, CancellationToken cancellationToken = default)
    {
        var wanted = categoryIds.ToHashSet();
        if (wanted.Count == 0)
            return [];
        return (await LoadAsync(cancellationToken)).InTreeOrder().Where(c => wanted.Contains(c.Id)).ToList();
    }

    public async Task<IReadOnlyList<CategoryInfo>> ActiveCategoriesAsync(CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).InTreeOrder().Where(c => c.IsActive).ToList();

    public async Task<IReadOnlyList<CategoryInfo>> CategoriesOfKindAsync(IReadOnlyCollection<CategoryKind> kinds, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).InTreeOrder().Where(c => kinds.Contains(c.Kind)).ToList();

    public async Task<IReadOnlyList<Guid>> DescendantIdsAsync(Guid categoryId, bool includeSelf, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Tree.Descendants(categoryId, includeSelf);

    public Task<IReadOnlyList<RequestTypeInfo>> RequestTypesAsync(CancellationToken cancellationToken = default) =>
        cache.GetAsync<IReadOnlyList<RequestTypeInfo>>("request-types", async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var types = await db.RequestTypes.AsNoTracking().ToListAsync(ct);
            return types.OrderBy(t => t.SortOrder).Select(t => new RequestTypeInfo(t.Code, t.Name, t.CompletionWorkingDays)).ToList();
        }, cancellationToken);

    public async Task<RequestTypeInfo> GetRequestTypeAsync(RequestTypeCode code, CancellationToken cancellationToken = default) =>
        (await RequestTypesAsync(cancellationToken)).FirstOrDefault(t => t.Code == code)
        // The six types are seeded at every start, so a missing one is a broken installation, not user input.
        ?? throw new InvalidOperationException($"Request type {code} is not seeded.");

    public async Task<int> CompletionWorkingDaysAsync(RequestTypeCode type, Guid? categoryId, CancellationToken cancellationToken = default)
    {
        if (categoryId is Guid id && (await LoadAsync(cancellationToken)).Find(id)?.StatutoryWorkingDays is int days)
            return days;
        return (await GetRequestTypeAsync(type, cancellationToken)).CompletionWorkingDays;
    }

    private Task<Snapshot> LoadAsync(CancellationToken cancellationToken) =>
        cache.GetAsync("categories", async ct =>
        {
            await using var db = await contexts.CreateDbContextAsync(ct);
            var categories = await db.Categories.AsNoTracking().ToListAsync(ct);
            return new Snapshot(categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).ToList());
        }, cancellationToken);

    private sealed class Snapshot
    {
        private readonly Dictionary<Guid, CategoryInfo> _byId;

        public Snapshot(List<MatterCategory> categories)
        {
            Tree = new TreeIndex(categories.Select(c => new TreeLink(c.Id, c.ParentId)));
            var names = categories.ToDictionary(c => c.Id, c => c.Name);
            _byId = categories.ToDictionary(c => c.Id, c => new CategoryInfo(c.Id, c.Code, c.Name, Tree.PathName(c.Id, id => names[id]),
                c.ParentId, c.DefaultUnitId, c.StatutoryWorkingDays, c.Kind, c.IsActive, Tree.ChildrenOf(c.Id).Count == 0));
        }

        public TreeIndex Tree { get; }

        public CategoryInfo? Find(Guid id) => _byId.GetValueOrDefault(id);

        public IEnumerable<CategoryInfo> InTreeOrder() => Tree.DepthFirst().Select(id => _byId[id]);
    }
}
