namespace Hotline.Platform.Security;

/// <summary>
/// The rate-limit key of a caller's address. The host reads the client's address through trusted proxies only
/// (forwarded headers); when there is none at all, every such caller shares one bucket of the same size, so an
/// unknown address is never a way around the limits — together they get what one address gets.
/// </summary>
public static class ClientAddress
{
    public const string Unknown = "unknown-address";

    public static string Key(string? ipAddress) => string.IsNullOrWhiteSpace(ipAddress) ? Unknown : ipAddress.Trim();
}
