using System.Text.RegularExpressions;

namespace Hotline.Assessment.Analysis.Hotspots;

/// <summary>A case's words as a topic or warning may show them: numbers that could be a phone or an ID masked, and short.</summary>
internal static partial class SampleText
{
    public const int Length = 80;

    public static string Of(string text)
    {
        var masked = LongNumber().Replace(text, m => m.Value[..3] + new string('*', m.Value.Length - 5) + m.Value[^2..]);
        return masked.Length <= Length ? masked : masked[..Length] + "…";
    }

    [GeneratedRegex(@"\d[\d\- ]{5,}\d")]
    private static partial Regex LongNumber();
}
