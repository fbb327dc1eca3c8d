using Hotline.Platform.Security;
using Hotline.Platform.Auditing;
using Hotline.Platform.Settings;

namespace Hotline.Integration.Open311;

internal sealed record GeoPoint(double Latitude, double Longitude);

/// <summary>属地坐标: a point (e.g. the township government) per area code, so a request with coordinates only finds its area.</summary>
internal sealed class AreaPointSettings
{
    public Dictionary<string, GeoPoint> Points { get; set; } = [];

    /// <summary>A request further than this from every point is not placed (it may lie outside the county).</summary>
    public double MaxDistanceKm { get; set; } = 15;
}

internal sealed class AreaPoints(SettingsStore store, AdminGuard guard) : ModuleSettings<AreaPointSettings>(store, guard)
{
    public const string SettingKey = "integration.area-points";

    protected override string Key => SettingKey;
    protected override string Title => "属地坐标";

    protected override IEnumerable<string> Validate(AreaPointSettings settings)
    {
        foreach (var (code, point) in settings.Points)
        {
            if (point.Latitude is < -90 or > 90 || point.Longitude is < -180 or > 180 || double.IsNaN(point.Latitude) || double.IsNaN(point.Longitude))
                yield return $"属地 {code} 的坐标无效（纬度 −90～90，经度 −180～180）。";
        }
        if (settings.MaxDistanceKm is < 0.5 or > 100)
            yield return "最大距离须在 0.5 到 100 公里之间。";
    }

    /// <summary>Great-circle distance, enough for "which township is nearest" within a county.</summary>
    public static double DistanceKm(GeoPoint a, GeoPoint b)
    {
        const double earthKm = 6371.0;
        double Rad(double degrees) => degrees * Math.PI / 180;
        var dLat = Rad(b.Latitude - a.Latitude);
        var dLon = Rad(b.Longitude - a.Longitude);
        var h = Math.Sin(dLat / 2) * Math.Sin(dLat / 2) + Math.Cos(Rad(a.Latitude)) * Math.Cos(Rad(b.Latitude)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * earthKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    /// <summary>The demo county's township seats, written once when demo data is loaded.</summary>
    public static async Task SeedDemoAsync(SettingsStore store, CancellationToken cancellationToken)
    {
        var current = await store.GetAsync(SettingKey, new AreaPointSettings(), cancellationToken);
        if (current.Points.Count > 0)
            return;
        var demo = new AreaPointSettings
        {
            Points = new()
            {
                ["A01"] = new(37.0600, 115.6650), ["A02"] = new(37.0650, 115.7000), ["A03"] = new(37.0550, 115.6300),
                ["A04"] = new(37.1200, 115.6100), ["A05"] = new(37.0000, 115.7200), ["A06"] = new(37.1500, 115.7400),
                ["A07"] = new(36.9700, 115.6200), ["A08"] = new(37.0200, 115.5600),
            },
        };
        await store.SetAsync(SettingKey, "属地坐标", demo, Actor.System, cancellationToken);
    }
}
