namespace Hotline.Intake.Domain;

/// <summary>Case numbers read like QH202611250001: county prefix, China date, four-digit daily sequence (five once past 9999).</summary>
internal static class CaseNumberFormat
{
    public static string SequenceKey(string prefix, DateOnly chinaDate) => $"{prefix}{chinaDate:yyyyMMdd}";

    public static string Format(string prefix, DateOnly chinaDate, int sequence) =>
        $"{SequenceKey(prefix, chinaDate)}{sequence:D4}";

    /// <summary>A prefix is 1–6 upper-case Latin letters, so numbers stay readable over the phone.</summary>
    public static bool IsValidPrefix(string? prefix) =>
        prefix is { Length: >= 1 and <= 6 } && prefix.All(c => c is >= 'A' and <= 'Z');
}
