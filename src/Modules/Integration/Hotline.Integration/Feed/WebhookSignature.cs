using System.Globalization;
using System.Security.Cryptography;

namespace Hotline.Integration.Feed;

/// <summary>
/// The signature a receiver checks: <c>X-Hotline-Signature: sha256={hex}</c>, the HMAC-SHA256 with the subscription's
/// secret over <c>{X-Hotline-Timestamp}.{body}</c>. Receivers refuse old timestamps (replays) and dedupe on <c>X-Hotline-Delivery</c>.
/// </summary>
internal static class WebhookSignature
{
    public const string SignatureHeader = "X-Hotline-Signature";
    public const string TimestampHeader = "X-Hotline-Timestamp";
    public const string DeliveryHeader = "X-Hotline-Delivery";
    public const string EventHeader = "X-Hotline-Event";

    public static string Sign(string secret, long unixSeconds, string body) =>
        "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret),
            Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "." + body)));

    /// <summary>What a receiver does: the signature matches and the timestamp is within <paramref name="tolerance"/> of now.</summary>
    public static bool Verify(string secret, string? timestamp, string body, string? signature, DateTimeOffset now, TimeSpan tolerance)
    {
        if (signature is null || !long.TryParse(timestamp, NumberStyles.Integer, CultureInfo.InvariantCulture, out var seconds))
            return false;
        if ((now - DateTimeOffset.FromUnixTimeSeconds(seconds)).Duration() > tolerance)
            return false;
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Sign(secret, seconds, body)), Encoding.ASCII.GetBytes(signature));
    }

    public static string NewSecret() => "whsec_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(24));
}
