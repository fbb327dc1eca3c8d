namespace Hotline.Archive.Domain;

/// <summary>档案号: year, the hotline's number and the year's sequence, e.g. 2026-12345-000123.</summary>
internal static class ArchiveNumbers
{
    public const string Hotline = "12345";

    public static string Format(int year, int sequence) => $"{year:D4}-{Hotline}-{sequence:D6}";
}
