namespace Hotline.Archive.Domain;

/// <summary>
/// 档案: one closed case frozen as a canonical JSON snapshot with its SHA-256, linked to the year's previous record
/// by that record's hash. Written once by <see cref="Seal"/>; the only later change is lawful disposal (<see cref="Destroy"/>),
/// which empties the content and keeps the seal. The search columns beside the snapshot are copies of it, checked by
/// the integrity verification.
/// </summary>
internal sealed class ArchiveRecord
{
    private ArchiveRecord() { }

    public Guid Id { get; private set; }
    public string ArchiveNumber { get; private set; } = "";
    public int Year { get; private set; }
    public int Sequence { get; private set; }
    public RecordKind Kind { get; private set; }
    public Guid? OriginalRecordId { get; private set; }
    public string? OriginalArchiveNumber { get; private set; }

    public Guid CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public string RequestType { get; private set; } = "";
    public Guid CategoryId { get; private set; }
    public string CategoryName { get; private set; } = "";
    public Guid AreaId { get; private set; }
    public Guid? LeadUnitId { get; private set; }
    public string LeadUnitName { get; private set; } = "";
    /// <summary>The case's content, for the keyword search.</summary>
    public string Content { get; private set; } = "";
    /// <summary>The caller's number as digits only, for the clerk's full-number search (a copy of the snapshot's).</summary>
    public string? CallerPhone { get; private set; }
    public bool Confidential { get; private set; }
    public RetentionPeriod Retention { get; private set; }

    public DateTime ClosedAtUtc { get; private set; }
    public DateTime ArchivedAtUtc { get; private set; }
    public string ArchivedBy { get; private set; } = "";

    public string SnapshotJson { get; private set; } = "";
    public string SnapshotSha256 { get; private set; } = "";
    /// <summary>The year's previous record's <see cref="RecordHash"/>; null for the first record of a year.</summary>
    public string? PreviousHash { get; private set; }
    public string RecordHash { get; private set; } = "";

    /// <summary>When an approved disposal emptied the record; its hashes stay so that the chain still proves what was there.</summary>
    public DateTime? DestroyedAtUtc { get; private set; }
    public Guid? DisposalId { get; private set; }

    public bool Destroyed => DestroyedAtUtc is not null;

    /// <summary>The end of the retention period (保管期限), or null for permanent records.</summary>
    public DateTime? RetainedUntilUtc => Retention == RetentionPeriod.Permanent ? null : ClosedAtUtc.AddYears((int)Retention);

    /// <summary>What a record is made of before it gets its place in the chain.</summary>
    public sealed record Contents(
        Guid CaseId, string CaseNumber, string RequestType, Guid CategoryId, string CategoryName, Guid AreaId, Guid? LeadUnitId,
        string LeadUnitName, string Content, string? CallerPhone, bool Confidential, RetentionPeriod Retention, DateTime ClosedAtUtc, string SnapshotJson);

    /// <summary>Seals a record as number <paramref name="sequence"/> of its year, after <paramref name="previous"/>.</summary>
    public static ArchiveRecord Seal(Contents c, int year, int sequence, ArchiveRecord? previous, ArchiveRecord? original, DateTime nowUtc, string by)
    {
        if (previous is not null && (previous.Year != year || previous.Sequence != sequence - 1))
            throw new InvalidOperationException("The previous record must be the year's record just before this one.");
        var record = new ArchiveRecord
        {
            Id = Guid.CreateVersion7(),
            ArchiveNumber = ArchiveNumbers.Format(year, sequence),
            Year = year,
            Sequence = sequence,
            Kind = original is null ? RecordKind.Original : RecordKind.Supplementary,
            OriginalRecordId = original?.Id,
            OriginalArchiveNumber = original?.ArchiveNumber,
            CaseId = c.CaseId,
            CaseNumber = c.CaseNumber,
            RequestType = c.RequestType,
            CategoryId = c.CategoryId,
            CategoryName = Clip(c.CategoryName, 200),
            AreaId = c.AreaId,
            LeadUnitId = c.LeadUnitId,
            LeadUnitName = Clip(c.LeadUnitName, 200),
            Content = Clip(c.Content, 4000),
            CallerPhone = PhoneDigits.Of(c.CallerPhone),
            Confidential = c.Confidential,
            Retention = c.Retention,
            ClosedAtUtc = RecordHashing.Truncate(c.ClosedAtUtc),
            ArchivedAtUtc = RecordHashing.Truncate(nowUtc),
            ArchivedBy = Clip(by, 100),
            SnapshotJson = c.SnapshotJson,
            SnapshotSha256 = RecordHashing.Sha256(c.SnapshotJson),
            PreviousHash = previous?.RecordHash,
        };
        record.RecordHash = RecordHashing.RecordHash(record);
        return record;
    }

    /// <summary>
    /// 销毁 after an approved disposal: the snapshot and every search copy of its content go; the number, the seal
    /// and the chain link stay, and the disposal register says what, when, who and why.
    /// </summary>
    public void Destroy(Guid disposalId, DateTime nowUtc)
    {
        if (Destroyed)
            throw new InvalidOperationException("The record was already destroyed.");
        DisposalId = disposalId;
        DestroyedAtUtc = RecordHashing.Truncate(nowUtc);
        SnapshotJson = "";
        Content = "";
        CallerPhone = null;
    }

    private static string Clip(string value, int length) => value.Length > length ? value[..length] : value;
}
