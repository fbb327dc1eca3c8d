using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Hotline.Archive.Domain;

/// <summary>
/// The hashes that make a record provable: the snapshot's SHA-256, and the record hash over every field that says what
/// the record is and where it stands in the chain (each length-prefixed, so no two field lists give the same text).
/// </summary>
internal static class RecordHashing
{
    public static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>MariaDB keeps microseconds, SQLite every tick: both keep the same value once cut to microseconds.</summary>
    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - utc.Ticks % 10, DateTimeKind.Utc);

    /// <summary>UTC, ISO 8601, always six fraction digits: one text for one instant on every provider and culture.</summary>
    public static string Iso(DateTime utc) =>
        Truncate(DateTime.SpecifyKind(utc, DateTimeKind.Utc)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);

    public static string RecordHash(ArchiveRecord r)
    {
        var text = new StringBuilder();
        foreach (var field in new[]
                 {
                     r.ArchiveNumber, r.Year.ToString(CultureInfo.InvariantCulture), r.Sequence.ToString(CultureInfo.InvariantCulture),
                     r.Kind.ToString(), r.OriginalRecordId?.ToString("D") ?? "", r.OriginalArchiveNumber ?? "",
                     r.CaseId.ToString("D"), r.CaseNumber, r.Retention.ToString(), r.Confidential ? "1" : "0",
                     Iso(r.ClosedAtUtc), Iso(r.ArchivedAtUtc), r.ArchivedBy, r.SnapshotSha256, r.PreviousHash ?? "",
                 })
            text.Append(field.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(field).Append('|');
        return Sha256(text.ToString());
    }
}
