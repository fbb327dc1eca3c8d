namespace Hotline.Platform.Admin.Audit;

/// <summary>One page of a server-side list and the total number of rows matching its filter.</summary>
internal sealed record PagedRows<T>(IReadOnlyList<T> Items, int TotalCount)
{
    public const int MaxPageSize = 200;

    /// <summary>Bounds what a page may ask for, so a crafted request cannot load a whole table.</summary>
    public static (int Skip, int Take) Window(int pageIndex, int pageSize)
    {
        var take = Math.Clamp(pageSize, 1, MaxPageSize);
        return (Math.Max(pageIndex, 0) * take, take);
    }
}
