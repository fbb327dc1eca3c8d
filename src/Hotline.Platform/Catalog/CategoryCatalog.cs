using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Platform.Catalog;

/// <summary>Reads the small category and request-type tables per call, so an administrator's change applies at once.</summary>
internal sealed class CategoryCatalog(IDbContextFactory<PlatformDbContext> contexts) : ICategoryCatalog
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

    public async Task<IReadOnlyList<Guid>> DescendantIdsAsync(Guid categoryId, bool includeSelf, CancellationToken cancellationToken = default) =>
        (await LoadAsync(cancellationToken)).Tree.Descendants(categoryId, includeSelf);

    public async Task<IReadOnlyList<RequestTypeInfo>> RequestTypesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.RequestTypes.AsNoTracking().ToListAsync(cancellationToken);
        return types.OrderBy(t => t.SortOrder).Select(t => new RequestTypeInfo(t.Code, t.Name, t.CompletionWorkingDays)).ToList();
    }

    public async Task<RequestTypeInfo> GetRequestTypeAsync(RequestTypeCode code, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var type = await db.RequestTypes.AsNoTracking().FirstOrDefaultAsync(t => t.Code == code, cancellationToken)
            // The six types are seeded at every start, so a missing one is a broken installation, not user input.
            ?? throw new InvalidOperationException($"Request type {code} is not seeded.");
        return new RequestTypeInfo(type.Code, type.Name, type.CompletionWorkingDays);
    }

    public async Task<int> CompletionWorkingDaysAsync(RequestTypeCode type, Guid? categoryId, CancellationToken cancellationToken = default)
    {
        if (categoryId is Guid id)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var statutory = await db.Categories.Where(c => c.Id == id).Select(c => c.StatutoryWorkingDays).FirstOrDefaultAsync(cancellationToken);
            if (statutory is int days)
                return days;
        }
        return (await GetRequestTypeAsync(type, cancellationToken)).CompletionWorkingDays;
    }

    private async Task<Snapshot> LoadAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        return new Snapshot(categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal).ToList());
    }

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
