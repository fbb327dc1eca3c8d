namespace Hotline.Integration.Open311;

/// <summary>The format a GeoReport v2 route ends in: <c>services.json</c>, <c>requests.xml</c>.</summary>
internal enum Open311Format
{
    Json,
    Xml,
}

internal static class Open311Formats
{
    /// <summary>
    /// From the route's <c>{format}</c>, or the path's extension when no Open311 route matched (an unknown path answered by
    /// the fallback); anything but xml answers in JSON (an unknown format is refused by the endpoint).
    /// </summary>
    public static Open311Format Of(HttpContext context) =>
        IsXml(context.Request.RouteValues["format"] as string ?? Path.GetExtension(context.Request.Path.Value)?.TrimStart('.'))
            ? Open311Format.Xml : Open311Format.Json;

    /// <summary>The suffix in any case: <c>services.JSON</c> is <c>services.json</c>, as the routes' literal parts match in any case too.</summary>
    public static bool IsKnown(string? format) => IsXml(format) || string.Equals(format, "json", StringComparison.OrdinalIgnoreCase);

    public static bool IsXml(string? format) => string.Equals(format, "xml", StringComparison.OrdinalIgnoreCase);
}
