using System.Text.RegularExpressions;

namespace Hotline.Platform.Notifications.Sms;

/// <summary>
/// The placeholder syntax shared by SMS templates and gateway templates: <c>{name}</c>, a letter then letters or digits.
/// Any other brace is literal text, so JSON bodies such as <c>{"mobile":"{phone}"}</c> need no escaping.
/// </summary>
internal static partial class SmsTemplateText
{
    [GeneratedRegex(@"\{([A-Za-z][A-Za-z0-9]*)\}")]
    private static partial Regex PlaceholderPattern();

    /// <summary>The placeholder names used, each once, in order of first use.</summary>
    public static IReadOnlyList<string> Placeholders(string? template) =>
        string.IsNullOrEmpty(template)
            ? []
            : PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>
    /// Replaces every placeholder in one pass, so a value that itself looks like <c>{phone}</c> is never expanded again.
    /// A name <paramref name="value"/> does not know (null) stays as written.
    /// </summary>
    public static string Render(string template, Func<string, string?> value) =>
        PlaceholderPattern().Replace(template, m => value(m.Groups[1].Value) ?? m.Value);

    public static string Braced(string name) => "{" + name + "}";

    public static string BracedList(IEnumerable<string> names) => string.Join("、", names.Select(Braced));
}
