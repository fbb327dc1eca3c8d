using Hotline.Archive.Contracts;

namespace Hotline.Archive.Archiving;

internal enum ArchiveResult
{
    Archived,
    AlreadyArchived,
    /// <summary>Queued until the settling period (归档缓冲期) has passed; see <see cref="SettlingArchive"/>.</summary>
    Settling,
}

/// <summary>
/// Archives one closing of a case: skipped when that closing already has a record; otherwise the snapshot is
/// assembled and sealed as the next record of the closing year's chain, as a supplementary record when the case
/// has one already. Two writers racing for the same place collide on the unique (year, sequence) index; the loser
/// reads the chain again and takes the next place.
/// </summary>
internal sealed class ArchiveWriter(RecordAssembler assembler, TimeProvider clock)
{
    public const int MaxAttempts = 8;

    public async Task<ArchiveResult> ArchiveAsync(ArchiveDbContext db, ClosedCaseFact closing, string by, CancellationToken ct)
    {
        var closedAt = RecordHashing.Truncate(closing.ClosedAtUtc);
        if (await IsArchivedAsync(db, closing.CaseId, closedAt, ct))
            return ArchiveResult.AlreadyArchived;
        var contents = await assembler.AssembleAsync(closing, ct);
        var year = ChinaTime.ToChina(closedAt).Year;
        for (var attempt = 1; ; attempt++)
        {
            var original = await db.Records.AsNoTracking()
                .Where(r => r.CaseId == closing.CaseId && r.Kind == RecordKind.Original).FirstOrDefaultAsync(ct);
            var previous = await db.Records.AsNoTracking()
                .Where(r => r.Year == year).OrderByDescending(r => r.Sequence).FirstOrDefaultAsync(ct);
            var now = clock.GetUtcNow().UtcDateTime;
            var record = ArchiveRecord.Seal(contents, year, (previous?.Sequence ?? 0) + 1, previous, original, now, by);
            db.Records.Add(record);
            db.Publish(new CaseArchived(record.Id, record.CaseId, record.CaseNumber, record.ArchiveNumber,
                record.Kind == RecordKind.Supplementary, now), clock);
            try
            {
                await db.SaveChangesAsync(ct);
                return ArchiveResult.Archived;
            }
            catch (DbUpdateException) when (attempt < MaxAttempts)
            {
                // Nothing else is tracked here: the inbox row is added only after this returns.
                db.ChangeTracker.Clear();
                if (await IsArchivedAsync(db, closing.CaseId, closedAt, ct))
                    return ArchiveResult.AlreadyArchived;
                await Task.Delay(Random.Shared.Next(5, 25 * attempt), ct);
            }
        }
    }

    private static Task<bool> IsArchivedAsync(ArchiveDbContext db, Guid caseId, DateTime closedAt, CancellationToken ct) =>
        db.Records.AnyAsync(r => r.CaseId == caseId && r.ClosedAtUtc == closedAt, ct);
}
