namespace Hotline.Archive.Domain;

/// <summary>档案号: year, the hotline's number and the year's sequence, e.g. 2026-12345-000123.</summary>
internal static class ArchiveNumbers
{
    public const string Hotline = "12345";

    public static string Format(int year, int sequence) => $"{year:D4}-{Hotline}-{sequence:D6}";

    /// <summary>Whether <paramref name="text"/> is written as an archive number (so it is not a case number).</summary>
    public static bool IsFormatted(string text) => System.Text.RegularExpressions.Regex.IsMatch(text, $"^[0-9]{{4}}-{Hotline}-[0-9]{{6}}$");
}
