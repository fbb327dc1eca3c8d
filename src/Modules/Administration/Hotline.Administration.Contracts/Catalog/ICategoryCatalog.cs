namespace Hotline.Platform.Catalog;

/// <summary>Read-only lookups in the matter-category tree and the request types, for every module.</summary>
public interface ICategoryCatalog
{
    /// <returns>The category, active or not; null when no category has that id.</returns>
    Task<CategoryInfo?> GetCategoryAsync(Guid categoryId, CancellationToken cancellationToken = default);

    /// <returns>The categories found among the ids (unknown ids are skipped), in tree order.</returns>
    Task<IReadOnlyList<CategoryInfo>> GetCategoriesAsync(IEnumerable<Guid> categoryIds, CancellationToken cancellationToken = default);

    /// <summary>All active categories in tree order, e.g. for the intake picker.</summary>
    Task<IReadOnlyList<CategoryInfo>> ActiveCategoriesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every category of one of <paramref name="kinds"/>, active or not, in tree order (e.g. the mediation and law-enforcement ones).</summary>
    Task<IReadOnlyList<CategoryInfo>> CategoriesOfKindAsync(IReadOnlyCollection<CategoryKind> kinds, CancellationToken cancellationToken = default);

    /// <summary>The ids of the category's whole sub-tree, e.g. to count cases of "城乡建设" and everything under it.</summary>
    Task<IReadOnlyList<Guid>> DescendantIdsAsync(Guid categoryId, bool includeSelf, CancellationToken cancellationToken = default);

    /// <summary>The six request types in their fixed order, with their configured limits.</summary>
    Task<IReadOnlyList<RequestTypeInfo>> RequestTypesAsync(CancellationToken cancellationToken = default);

    Task<RequestTypeInfo> GetRequestTypeAsync(RequestTypeCode code, CancellationToken cancellationToken = default);

    /// <summary>
    /// The completion limit of a case in working days: the category's statutory override where it
    /// has one (statutory deadlines prevail, 002 art. 13), else the request type's limit.
    /// </summary>
    Task<int> CompletionWorkingDaysAsync(RequestTypeCode type, Guid? categoryId, CancellationToken cancellationToken = default);
}
