namespace Hotline.Integration.Open311;

/// <summary>The format a GeoReport v2 route ends in: <c>services.json</c>, <c>requests.xml</c>.</summary>
internal enum Open311Format
{
    Json,
    Xml,
}

internal static class Open311Formats
{
    /// <summary>From the route's <c>{format}</c>; anything but xml answers in JSON (an unknown format is refused by the endpoint).</summary>
    public static Open311Format Of(HttpContext context) =>
        string.Equals(context.Request.RouteValues["format"] as string, "xml", StringComparison.OrdinalIgnoreCase) ? Open311Format.Xml : Open311Format.Json;

    public static bool IsKnown(string? format) => format is "json" or "xml";
}
