using System.Security.Cryptography;

namespace Hotline.Web.Infrastructure.Security;

/// <summary>
/// Headers every response carries (等保: intrusion prevention). The CSP is what Blazor Server and MudBlazor work with:
/// scripts only from this origin plus the per-request nonce of the import map Blazor renders inline; MudBlazor sets
/// inline styles everywhere, so styles allow 'unsafe-inline' (styles cannot run script); the circuit's WebSocket is 'self'.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "hotline.csp-nonce";

    /// <summary>The nonce of this request's inline script elements (Blazor's import map).</summary>
    public static string Nonce(HttpContext context)
    {
        if (context.Items[NonceKey] is string nonce)
            return nonce;
        nonce = Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
        context.Items[NonceKey] = nonce;
        return nonce;
    }

    public static string ContentSecurityPolicy(string nonce) => string.Join("; ",
        "default-src 'self'",
        $"script-src 'self' 'nonce-{nonce}'",
        "style-src 'self' 'unsafe-inline'",
        "img-src 'self' data: blob:",
        "font-src 'self' data:",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'");

    /// <summary>
    /// The API reference page (Scalar) starts itself from an inline module script it renders without our nonce; it shows
    /// no data of its own, so there alone inline scripts may run.
    /// </summary>
    public static string ApiReferencePolicy => ContentSecurityPolicy("unused").Replace("'nonce-unused'", "'unsafe-inline'");

    public const string ApiReferencePath = "/api/docs";

    public static IApplicationBuilder UseHotlineSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var nonce = Nonce(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = context.Request.Path.StartsWithSegments(ApiReferencePath) ? ApiReferencePolicy : ContentSecurityPolicy(nonce);
            headers.XFrameOptions = "DENY";
            headers.XContentTypeOptions = "nosniff";
            // Rating links carry their token in the path: never send it to another site.
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), payment=(), usb=()";
            return Task.CompletedTask;
        });
        await next();
    });
}
