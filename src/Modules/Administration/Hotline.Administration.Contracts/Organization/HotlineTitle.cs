namespace Hotline.Platform.Organization;

/// <summary>The name that heads the center's documents: the county (root of the area tree) + 12345政务服务便民热线.</summary>
public static class HotlineTitle
{
    public const string Hotline = "12345政务服务便民热线";
    public const string Fallback = "县" + Hotline;

    public static async Task<string> HotlineTitleAsync(this IAreaDirectory areas, CancellationToken ct = default)
    {
        var roots = await areas.ChildrenAsync(null, activeOnly: true, ct);
        return roots is [{ Level: AreaLevel.County } county] ? county.Name + Hotline : Fallback;
    }
}
