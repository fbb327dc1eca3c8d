using System.Text.RegularExpressions;
using Hotline.Platform.Identity;

namespace Hotline.Intake.PhoneCalls;

/// <summary>What the phone system sends, checked before anything is stored: a bad field is the sender's error, said in Chinese.</summary>
internal static partial class PhoneCallInput
{
    public const string CallIdMessage = "通话标识须为 1 至 64 位英文字母、数字或 . _ : -。";
    public const string CallerMessage = "来电号码格式不正确：手机号为 11 位，固定电话为 7 至 8 位（可带区号）；号码未显示时留空。";

    /// <summary>What phone systems send for a withheld number (SIP's anonymous, and the usual PBX words), in any case.</summary>
    private static readonly HashSet<string> Withheld = new(StringComparer.OrdinalIgnoreCase)
    {
        "anonymous", "unknown", "private", "restricted", "withheld", "unavailable",
    };
    public static readonly string DurationMessage = $"通话时长须为 0 至 {PhoneCallLimits.MaxDurationSeconds} 秒。";

    public static string CallId(string? value) =>
        value is not null && CallIdShape().IsMatch(value) ? value : throw new BusinessRuleException(CallIdMessage);

    /// <summary>
    /// Normalised as registration does, so the popped form and the caller's history match the same number. A withheld
    /// number is "" (the form opens with the phone empty) and a local fixed line without area code is kept as given (the
    /// agent adds the code before saving): such calls still pop. Anything else — letters, too few or too many digits — is
    /// the phone system's error.
    /// </summary>
    public static string Caller(string? value)
    {
        if (string.IsNullOrWhiteSpace(value) || Withheld.Contains(value.Trim()))
            return "";
        var normalized = PhoneNumberRules.Normalize(value);
        return PhoneNumberRules.IsValid(normalized) || PhoneNumberRules.IsLocalLandline(normalized)
            ? normalized
            : throw new BusinessRuleException(CallerMessage);
    }

    public static string Extension(string? value) =>
        PhoneExtension.IsValid(value) ? value! : throw new BusinessRuleException(PhoneExtension.FormatMessage);

    public static int Duration(int seconds) =>
        seconds is >= 0 and <= PhoneCallLimits.MaxDurationSeconds ? seconds : throw new BusinessRuleException(DurationMessage);

    [GeneratedRegex(@"^[A-Za-z0-9._:\-]{1,64}$")]
    private static partial Regex CallIdShape();
}
