using Microsoft.AspNetCore.StaticAssets;
using Microsoft.AspNetCore.StaticAssets.Infrastructure;
using Microsoft.Net.Http.Headers;

namespace Hotline.Web.Infrastructure;

/// <summary>
/// Serves a package's fingerprinted files compressed. The build gives MudBlazor's stylesheet and script brotli and gzip
/// copies only under their plain names (revalidated on every page load), while the fingerprinted names the pages use
/// (cached for a year) get the raw file: 627 KB of stylesheet instead of 42 KB, once per browser and upgrade, on a
/// township's slow line. Such a request is served by the plain name's endpoint (same bytes: a fingerprint names the
/// current file only) with the fingerprinted name's one-year cache.
/// </summary>
internal sealed class CompressedFingerprintedAssets
{
    private const string Immutable = "max-age=31536000, immutable";
    private Dictionary<string, string> _plainByFingerprinted = new(StringComparer.Ordinal);

    /// <summary>Before routing, so the plain name's endpoint is the one matched.</summary>
    public Task InvokeAsync(HttpContext context, Func<Task> next)
    {
        if (context.Request.Path.Value is { } path && _plainByFingerprinted.TryGetValue(path, out var plain))
        {
            context.Request.Path = plain;
            context.Response.OnStarting(() =>
            {
                if (context.Response.StatusCode is StatusCodes.Status200OK or StatusCodes.Status304NotModified)
                    context.Response.Headers.CacheControl = Immutable;
                return Task.CompletedTask;
            });
        }
        return next();
    }

    /// <summary>The fingerprinted routes whose file has compressed copies under its plain route only.</summary>
    public void Learn(IEndpointRouteBuilder endpoints)
    {
        var descriptors = StaticAssetsEndpointDataSourceHelper.ResolveStaticAssetDescriptors(endpoints, null);
        var compressedRoutes = descriptors.Where(d => d.Selectors.Any(s => s.Name == HeaderNames.ContentEncoding))
            .Select(d => d.Route).ToHashSet(StringComparer.Ordinal);
        _plainByFingerprinted = descriptors
            .Where(d => d.Properties.Any(p => p.Name == "fingerprint") && d.Selectors.Count == 0
                        && !compressedRoutes.Contains(d.Route) && compressedRoutes.Contains(d.AssetPath))
            .Select(d => (Fingerprinted: "/" + d.Route, Plain: "/" + d.AssetPath))
            .DistinctBy(r => r.Fingerprinted)
            .ToDictionary(r => r.Fingerprinted, r => r.Plain, StringComparer.Ordinal);
    }
}
