namespace Hotline.Integration.Open311;

/// <summary>
/// The area (属地) of a connected system's request: by area code, by the deepest active area whose name the address
/// contains (a village over its township, the longest name among equals), or by the nearest configured point.
/// </summary>
internal sealed class AreaLocator(IAreaDirectory areas, AreaPoints points)
{
    public async Task<AreaInfo?> FromAddressAsync(string? address, CancellationToken cancellationToken)
    {
        var text = address?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        var active = await areas.ActiveAreasAsync(cancellationToken);
        return active.Where(a => a.Level != AreaLevel.County && a.Name.Length >= 2 && text.Contains(a.Name, StringComparison.Ordinal))
            .OrderByDescending(a => a.Level).ThenByDescending(a => a.Name.Length)
            .FirstOrDefault();
    }

    /// <summary>The active township or village whose point is nearest, within the configured distance.</summary>
    public async Task<AreaInfo?> FromPointAsync(double latitude, double longitude, CancellationToken cancellationToken)
    {
        var settings = await points.GetAsync(cancellationToken);
        if (settings.Points.Count == 0)
            return null;
        var here = new GeoPoint(latitude, longitude);
        return (await areas.ActiveAreasAsync(cancellationToken))
            .Where(a => a.Level != AreaLevel.County && settings.Points.ContainsKey(a.Code))
            .Select(a => (Area: a, Km: AreaPoints.DistanceKm(here, settings.Points[a.Code])))
            .Where(x => x.Km <= settings.MaxDistanceKm)
            .OrderBy(x => x.Km)
            .Select(x => x.Area)
            .FirstOrDefault();
    }

    public async Task<AreaInfo?> FromCodeAsync(string code, CancellationToken cancellationToken) =>
        (await areas.ActiveAreasAsync(cancellationToken)).FirstOrDefault(a => string.Equals(a.Code, code.Trim(), StringComparison.OrdinalIgnoreCase));
}
