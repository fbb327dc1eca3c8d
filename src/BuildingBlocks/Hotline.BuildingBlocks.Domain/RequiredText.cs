namespace Hotline.Platform.Rules;

/// <summary>The one guard for free text a user must enter: trimmed, not empty, within its column's length.</summary>
public static class RequiredText
{
    /// <summary>Trimmed required text within its limits, or a Chinese message naming the field.</summary>
    /// <param name="formField">The form field the message belongs under (see <see cref="BusinessRuleException.Field"/>).</param>
    public static string Of(string? value, string field, int maxLength, int minLength = 1, string? formField = null)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            throw new BusinessRuleException($"请填写{field}。", formField);
        if (text.Length < minLength)
            throw new BusinessRuleException($"{field}至少需要 {minLength} 个字（当前 {text.Length} 个字）。", formField);
        if (text.Length > maxLength)
            throw new BusinessRuleException($"{field}不能超过 {maxLength} 个字。", formField);
        return text;
    }

    /// <summary>Trimmed optional text within its limit; blank becomes null.</summary>
    public static string? Optional(string? value, string field, int maxLength)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (text.Length > maxLength)
            throw new BusinessRuleException($"{field}不能超过 {maxLength} 个字。");
        return text;
    }
}
