namespace Hotline.Web.Infrastructure.Security;

/// <summary>Bound from the <c>Security</c> configuration section: how the host sits behind its proxy and what it sends browsers.</summary>
internal sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Addresses of reverse proxies whose X-Forwarded-For/-Proto are believed, comma-separated; loopback when none is given.</summary>
    public string? KnownProxies { get; set; }

    /// <summary>Networks (CIDR, e.g. 10.0.0.0/24) of trusted reverse proxies, comma-separated.</summary>
    public string? KnownNetworks { get; set; }

    /// <summary>Redirects plain HTTP to HTTPS (when the app itself or its proxy serves HTTPS).</summary>
    public bool HttpsRedirection { get; set; }

    /// <summary>Sends Strict-Transport-Security on HTTPS responses.</summary>
    public bool Hsts { get; set; }

    public int HstsMaxAgeDays { get; set; } = 365;

    /// <summary>Cookies always carry <c>Secure</c>; otherwise they do whenever the request came over HTTPS.</summary>
    public bool SecureCookiesAlways { get; set; }

    /// <summary>PFX file whose certificate encrypts the data-protection keys at rest (optional).</summary>
    public string? KeyCertificatePath { get; set; }

    public string? KeyCertificatePassword { get; set; }

    /// <summary>Lets a production app answer plain HTTP on a non-loopback address with no proxy in front (a closed network with its own protection).</summary>
    public bool AllowPlainHttp { get; set; }
}
