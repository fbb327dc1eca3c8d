using System.Security.Cryptography;

namespace Hotline.Integration.Domain;

/// <summary>
/// Keys read <c>hk_{prefix}_{secret}</c>: the prefix finds the client, the SHA-256 of the whole key proves it. A key has
/// 240 random bits, so a fast hash is enough (a password hash protects guessable secrets, not random ones).
/// </summary>
internal readonly record struct ApiKey(string Prefix, string Value)
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    public const int PrefixLength = 10;
    private const int SecretLength = 48;

    public static ApiKey New()
    {
        var prefix = RandomText(PrefixLength);
        return new ApiKey(prefix, $"hk_{prefix}_{RandomText(SecretLength)}");
    }

    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <returns>The prefix of a well-formed key; null for anything else (never looked up).</returns>
    public static string? PrefixOf(string? key)
    {
        if (key is not { Length: 3 + PrefixLength + 1 + SecretLength } || !key.StartsWith("hk_", StringComparison.Ordinal) || key[3 + PrefixLength] != '_')
            return null;
        return key.Skip(3).All(c => c == '_' || Alphabet.Contains(c)) ? key.Substring(3, PrefixLength) : null;
    }

    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    private static string RandomText(int length) =>
        string.Create(length, 0, (span, _) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        });
}
