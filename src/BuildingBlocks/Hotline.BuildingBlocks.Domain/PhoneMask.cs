namespace Hotline.Platform.Notifications;

/// <summary>
/// Masks phone numbers for lists and screens (PIPL "minimum necessary"): a mobile shows as
/// 138****1234, a landline keeps its area code (0571-****3456). Anything else keeps only its
/// tail, so no input is ever shown in full; revealing a number is a separate, audited action.
/// </summary>
public static class PhoneMask
{
    private const int MobileLength = 11;

    public static string Mask(string? phone)
    {
        if (string.IsNullOrWhiteSpace(phone))
            return "";
        var trimmed = phone.Trim();
        var digits = new string(trimmed.Where(c => c is not (' ' or '-' or '(' or ')')).ToArray());
        if (digits.StartsWith('+'))
            digits = digits[1..];
        if (digits.Length == 0 || !digits.All(char.IsAsciiDigit))
            return MaskTail(trimmed);

        var country = "";
        if (digits.Length == 13 && digits.StartsWith("86"))
        {
            country = "+86 ";
            digits = digits[2..];
        }
        else if (digits.StartsWith("0086") && digits.Length == 15)
        {
            country = "+86 ";
            digits = digits[4..];
        }

        if (digits.Length == MobileLength && digits[0] == '1')
            return $"{country}{digits[..3]}****{digits[^4..]}";
        if (country.Length == 0 && IsLandlineWithAreaCode(digits, out var areaLength))
            return $"{digits[..areaLength]}-{Stars(digits.Length - areaLength - 4)}{digits[^4..]}";
        return country + MaskTail(digits);
    }

    /// <summary>Mainland area codes: 010 and 02x have three digits, all others four; local numbers have 7 or 8.</summary>
    private static bool IsLandlineWithAreaCode(string digits, out int areaLength)
    {
        areaLength = 0;
        if (digits.Length < 10 || digits[0] != '0')
            return false;
        areaLength = digits[1] is '1' or '2' ? 3 : 4;
        var local = digits.Length - areaLength;
        return local is 7 or 8;
    }

    /// <summary>Unrecognised or short input: long values keep their last four characters, short ones their last two.</summary>
    private static string MaskTail(string value)
    {
        var keep = value.Length >= 7 ? 4 : value.Length > 2 ? 2 : 0;
        return Stars(value.Length - keep) + value[^keep..];
    }

    private static string Stars(int count) => new('*', Math.Max(count, 1));
}
