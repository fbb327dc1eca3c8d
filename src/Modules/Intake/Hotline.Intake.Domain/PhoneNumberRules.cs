using System.Text.RegularExpressions;

namespace Hotline.Intake.Domain;

/// <summary>Caller phone numbers: mainland mobile (11 digits from 13–19) or landline with area code, optional extension.</summary>
internal static partial class PhoneNumberRules
{
    /// <summary>
    /// One form per number so the same caller always matches: a mobile as its 11 digits, a landline as area code, dash,
    /// number (and extension), whatever spaces, dashes, brackets or +86 / 0086 prefix it came with.
    /// </summary>
    public static string Normalize(string phone)
    {
        var p = phone.Trim().Replace(" ", "").Replace("（", "(").Replace("）", ")");
        if (p.StartsWith("+86", StringComparison.Ordinal))
            p = p[3..];
        else if (p.StartsWith("0086", StringComparison.Ordinal))
            p = p[4..];
        p = p.Replace("(", "").Replace(")", "-");
        var digitsOnly = p.Replace("-", "");
        if (Mobile().IsMatch(digitsOnly))
            return digitsOnly;
        if (p.Length > 4 && p[0] == '0')
        {
            // 010 and 02x are the three-digit area codes; every other one has four digits.
            var areaLength = p[1] is '1' or '2' ? 3 : 4;
            var landline = p[..areaLength] + "-" + p[areaLength..].TrimStart('-');
            if (Landline().IsMatch(landline))
                return landline;
        }
        return p;
    }

    public static bool IsValid(string normalized) => Mobile().IsMatch(normalized) || Landline().IsMatch(normalized);

    /// <summary>A mobile, the only kind of number an SMS can reach.</summary>
    public static bool IsMobile(string? normalized) => normalized is not null && Mobile().IsMatch(normalized);

    /// <summary>
    /// A fixed line without its area code, as a county phone system may deliver a local caller: 7–8 digits not starting
    /// with 0 or 1, optional extension. Not enough for a registration (the area code is asked there), enough for a screen-pop.
    /// </summary>
    public static bool IsLocalLandline(string normalized) => LocalLandline().IsMatch(normalized);

    public const string InvalidMessage = "电话号码格式不正确：手机号为 11 位（如 13812345678），固定电话需带区号（如 0371-12345678）。";

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Mobile();

    /// <summary>Area code 3–4 digits starting with 0, number 7–8 digits, optional extension; a dash after the area code is optional.</summary>
    [GeneratedRegex(@"^0\d{2,3}-?[2-9]\d{6,7}(-\d{1,6})?$")]
    private static partial Regex Landline();

    [GeneratedRegex(@"^[2-9]\d{6,7}(-\d{1,6})?$")]
    private static partial Regex LocalLandline();
}
