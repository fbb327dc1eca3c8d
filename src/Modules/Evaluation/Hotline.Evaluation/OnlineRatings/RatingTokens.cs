using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Evaluation.OnlineRatings;

/// <summary>
/// Online rating tokens: 32 random bytes, URL-safe Base64 (43 characters). Only the SHA-256 of a
/// token is stored, so the database alone cannot be used to rate.
/// </summary>
internal static class RatingTokens
{
    public const int Length = 43;

    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));

    public static string Hash(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.ASCII.GetBytes(token)));

    /// <summary>Shape check before any lookup: anything else was never issued (typed wrong or tampered with).</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: Length } && token.All(ch => char.IsAsciiLetterOrDigit(ch) || ch is '-' or '_');
}
