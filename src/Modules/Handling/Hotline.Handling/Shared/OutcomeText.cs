using Hotline.Platform;

namespace Hotline.Handling.Shared;

internal static class OutcomeText
{
    /// <summary>Trimmed required text within its column's length, or a Chinese message naming the field.</summary>
    public static string Required(string? value, string field, int maxLength, int minLength = 1)
    {
        var text = value?.Trim() ?? "";
        if (text.Length == 0)
            throw new BusinessRuleException($"请填写{field}。");
        if (text.Length < minLength)
            throw new BusinessRuleException($"{field}至少需要 {minLength} 个字（当前 {text.Length} 个字）。");
        if (text.Length > maxLength)
            throw new BusinessRuleException($"{field}不能超过 {maxLength} 个字。");
        return text;
    }
}
