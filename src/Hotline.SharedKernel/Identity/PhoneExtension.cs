namespace Hotline.Platform.Identity;

/// <summary>
/// 坐席分机号: how the phone system names an agent's desk. Digits only, as desk phones dial them; one extension belongs
/// to at most one account (the account side keeps that unique).
/// </summary>
public static class PhoneExtension
{
    public const int MaxLength = 16;
    public const string FormatMessage = "坐席分机号须为 1 至 16 位数字。";

    /// <summary>Blank means "no extension"; anything else must be digits.</summary>
    public static string? Normalize(string? value)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            return null;
        if (!IsValid(text))
            throw new BusinessRuleException(FormatMessage);
        return text;
    }

    public static bool IsValid(string? value) =>
        value is { Length: > 0 and <= MaxLength } && value.All(char.IsAsciiDigit);

    /// <summary>For form fields, which show the message before anything is sent.</summary>
    public static IEnumerable<string> Check(string? value) =>
        string.IsNullOrWhiteSpace(value) || IsValid(value.Trim()) ? [] : [FormatMessage];
}
