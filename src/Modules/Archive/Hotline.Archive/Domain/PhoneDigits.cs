namespace Hotline.Archive.Domain;

/// <summary>
/// A caller's number as the archive searches it: digits only, without +86. Only a whole number is searched — a mobile
/// number (11 digits) or a fixed line with its area code — so that the search cannot be used to list callers by fragments.
/// </summary>
internal static class PhoneDigits
{
    public const string PartialRefused = "请输入完整的来电号码（手机号 11 位，或带区号的固定电话），不支持按部分号码查询。";

    public static string? Of(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
            return null;
        var digits = new string(phone.Where(char.IsAsciiDigit).ToArray());
        if (digits.StartsWith("86") && digits.Length == 13)
            digits = digits[2..];
        return digits.Length == 0 ? null : digits[..Math.Min(digits.Length, 20)];
    }

    public static bool IsWhole(string? digits) =>
        digits is not null && ((digits.Length == 11 && digits[0] == '1') || (digits.Length is >= 10 and <= 12 && digits[0] == '0'));
}
