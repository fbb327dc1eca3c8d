using System.Security.Cryptography;
using System.Text;

namespace Hotline.Intake.Domain;

/// <summary>The caller's query code for online lookup: 6 characters without look-alikes (0/O, 1/I), stored only as a hash.</summary>
internal static class QueryCode
{
    private const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, 6);

    /// <summary>Salted with the case number, so equal codes on two cases do not hash alike.</summary>
    public static string Hash(string caseNumber, string code) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{caseNumber}:{code.Trim().ToUpperInvariant()}")));

    public static bool Matches(string caseNumber, string code, string? storedHash) =>
        storedHash is not null && CryptographicOperations.FixedTimeEquals(
            Encoding.ASCII.GetBytes(Hash(caseNumber, code)), Encoding.ASCII.GetBytes(storedHash));
}
