using System.Security.Cryptography;

namespace Hotline.UserAccess.Domain;

/// <summary>Random passwords an administrator hands to a user once: all four character classes, no look-alike characters.</summary>
internal static class StrongPassword
{
    public const int Length = 14;

    // Without 0/O, 1/l/I: the password is read off a screen and typed by someone else.
    private const string Lower = "abcdefghijkmnopqrstuvwxyz";
    private const string Upper = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private const string Digits = "23456789";
    private const string Symbols = "@#$%&*+-=?!";

    public static string Generate()
    {
        var all = Lower + Upper + Digits + Symbols;
        var chars = new char[Length];
        chars[0] = Pick(Lower);
        chars[1] = Pick(Upper);
        chars[2] = Pick(Digits);
        chars[3] = Pick(Symbols);
        for (var i = 4; i < Length; i++)
            chars[i] = Pick(all);
        RandomNumberGenerator.Shuffle(chars.AsSpan());
        return new string(chars);
    }

    private static char Pick(string set) => set[RandomNumberGenerator.GetInt32(set.Length)];
}
