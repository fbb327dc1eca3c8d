using Hotline.Platform.Notifications;

namespace Hotline.Archive.Workbench;

/// <summary>
/// One record as the clerk reads it: the stored row's facts and its snapshot, never live data. The caller's number
/// is masked before it leaves this class, so no page or print can show it whole.
/// </summary>
internal sealed record RecordView(
    Guid Id, string ArchiveNumber, RecordKind Kind, Guid? OriginalRecordId, string? OriginalArchiveNumber, int Year, RetentionPeriod Retention,
    bool Confidential, DateTime ArchivedAtUtc, string ArchivedBy, string SnapshotSha256, string? PreviousHash, string RecordHash,
    RecordSnapshot Snapshot, IReadOnlyList<SupplementLink> Supplements)
{
    /// <summary>Why the caller is withheld from the member unit reading this view (see the borrowing's shield), or null.</summary>
    public string? CallerWithheldReason { get; init; }
}

internal sealed record SupplementLink(Guid Id, string ArchiveNumber, DateTime ArchivedAtUtc);

internal sealed class ArchiveRecords(IDbContextFactory<ArchiveDbContext> contexts, AccessGate gate, TimeProvider clock)
{
    public const string AuditAction = "查阅档案";

    /// <exception cref="BusinessRuleException">No such record.</exception>
    public async Task<RecordView> GetAsync(Guid recordId, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var view = await ReadAsync(db, recordId, ct);
        db.Audit(actor, clock, AuditAction, "Archive", view.ArchiveNumber, $"工单 {view.Snapshot.Case.Number}");
        await db.SaveChangesAsync(ct);
        return view;
    }

    /// <summary>The record as stored, caller masked; no access check and no audit (the callers do both).</summary>
    public static async Task<RecordView> ReadAsync(ArchiveDbContext db, Guid recordId, CancellationToken ct)
    {
        var r = await db.Records.AsNoTracking().FirstOrDefaultAsync(x => x.Id == recordId, ct)
            ?? throw new BusinessRuleException("档案不存在。");
        if (r.DestroyedAtUtc is { } destroyed)
            throw new BusinessRuleException($"档案 {r.ArchiveNumber} 已于 {Hotline.Platform.Time.ChinaTime.Format(destroyed)} 经批准销毁，内容不再保存；销毁登记簿保留其档案号与哈希值。");
        var supplements = await db.Records.AsNoTracking().Where(x => x.OriginalRecordId == r.Id)
            .OrderBy(x => x.ArchivedAtUtc).Select(x => new SupplementLink(x.Id, x.ArchiveNumber, x.ArchivedAtUtc)).ToListAsync(ct);
        RecordSnapshot? snapshot;
        try
        {
            snapshot = CanonicalJson.Deserialize<RecordSnapshot>(r.SnapshotJson);
        }
        catch (Exception ex) when (ex is System.Text.Json.JsonException or FormatException)
        {
            snapshot = null;
        }
        if (snapshot is null)
            throw new BusinessRuleException("档案内容无法读取，请进行完整性校验。");
        return new RecordView(r.Id, r.ArchiveNumber, r.Kind, r.OriginalRecordId, r.OriginalArchiveNumber, r.Year, r.Retention, r.Confidential,
            r.ArchivedAtUtc, r.ArchivedBy, r.SnapshotSha256, r.PreviousHash, r.RecordHash, Masked(snapshot), supplements);
    }

    /// <summary>The snapshot with the caller's number masked (138****5678), or marked as not left.</summary>
    public static RecordSnapshot Masked(RecordSnapshot s) =>
        s with { Caller = s.Caller with { Phone = string.IsNullOrWhiteSpace(s.Caller.Phone) ? null : PhoneMask.Mask(s.Caller.Phone) } };
}
