using System.Text.RegularExpressions;

namespace Hotline.Platform.Admin.Notifications;

/// <summary>
/// Hides one-time secrets (e.g. a caller's single-use rating link) in messages shown to administrators:
/// anyone reading the outbox must not be able to use a link meant for the caller.
/// </summary>
internal static partial class SecretMask
{
    [GeneratedRegex(@"(?<=/)[A-Za-z0-9_-]{20,}")]
    private static partial Regex TokenInPath();

    public static string Mask(string body) => TokenInPath().Replace(body, m => m.Value[..4] + "…（已隐藏）");
}
