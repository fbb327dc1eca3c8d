namespace Hotline.Dispatch.Routing;

/// <summary>The category's default unit, inherited from the nearest ancestor that names one.</summary>
internal static class DefaultUnitRule
{
    /// <param name="categoryChain">The case's category first, then its ancestors up to the root.</param>
    /// <returns>The unit and the category it was taken from; null when no category on the chain names one.</returns>
    public static (Guid UnitId, CategoryInfo From)? Find(IReadOnlyList<CategoryInfo> categoryChain)
    {
        foreach (var category in categoryChain)
        {
            if (category.DefaultUnitId is Guid unitId)
                return (unitId, category);
        }
        return null;
    }
}
