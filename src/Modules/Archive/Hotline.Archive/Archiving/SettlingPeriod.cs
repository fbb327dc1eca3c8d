using Microsoft.Extensions.Logging;

namespace Hotline.Archive.Archiving;

internal sealed record SettlingSweepResult(int Archived, int Dropped, int Failed);

/// <summary>
/// 归档缓冲期: a closing is archived when it is offered if the period is 0 days (or has already passed); otherwise it waits
/// in <c>archive_pending_closings</c> until <see cref="SweepAsync"/> finds it due. The period is read when the sweep runs,
/// so a shorter one set later releases what waits. Before archiving, the sweep asks Evaluation whether this closing is
/// still the case's closing: a case reopened meanwhile (not closed now, or closed again later) is not archived for this
/// closing; its next closing is offered in turn, and is then the case's first record (or its 补充归档 when an earlier
/// closing was archived).
/// </summary>
internal sealed class SettlingArchive(
    IDbContextFactory<ArchiveDbContext> contexts,
    ArchiveWriter writer,
    ArchiveSettingsService settings,
    IEvaluationRecordFacts evaluation,
    AccessGate gate,
    TimeProvider clock,
    ILogger<SettlingArchive> log)
{
    public const int BatchSize = 100;

    /// <summary>
    /// Archives the closing now when its settling period has passed, or queues it on <paramref name="db"/>: the queued row is
    /// added but not saved (the caller saves it, with its inbox record when it handles an event).
    /// </summary>
    public async Task<ArchiveResult> OfferAsync(ArchiveDbContext db, ClosedCaseFact closing, string by, CancellationToken ct)
    {
        var current = await settings.GetAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        if (current.SettlingDays == 0 || current.SettledAtUtc(closing.ClosedAtUtc) <= now)
            return await writer.ArchiveAsync(db, closing, by, ct);
        var closedAt = RecordHashing.Truncate(closing.ClosedAtUtc);
        if (await db.Records.AnyAsync(r => r.CaseId == closing.CaseId && r.ClosedAtUtc == closedAt, ct))
            return ArchiveResult.AlreadyArchived;
        if (!await db.PendingClosings.AnyAsync(p => p.CaseId == closing.CaseId && p.ClosedAtUtc == closedAt, ct))
            db.PendingClosings.Add(PendingClosing.Of(closing, now));
        return ArchiveResult.Settling;
    }

    /// <summary>
    /// Archives every queued closing whose settling period has passed, as 系统, oldest first; drops those of a case reopened
    /// meanwhile. Idempotent: a closing archived already (by a second sweep, the backfill) is only removed from the queue.
    /// One closing failing is logged and left queued for the next sweep; the others go on.
    /// </summary>
    public async Task<SettlingSweepResult> SweepAsync(CancellationToken ct = default)
    {
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-(await settings.GetAsync(ct)).SettlingDays);
        int archived = 0, dropped = 0;
        var failed = new List<Guid>();
        while (true)
        {
            List<PendingClosing> due;
            await using (var db = await contexts.CreateDbContextAsync(ct))
                due = await db.PendingClosings.AsNoTracking()
                    .Where(p => p.ClosedAtUtc <= cutoff && !failed.Contains(p.Id))
                    .OrderBy(p => p.ClosedAtUtc).ThenBy(p => p.Id).Take(BatchSize).ToListAsync(ct);
            if (due.Count == 0)
                return new SettlingSweepResult(archived, dropped, failed.Count);
            foreach (var item in due)
            {
                try
                {
                    await using var db = await contexts.CreateDbContextAsync(ct);
                    var latest = await evaluation.ClosedCaseAsync(item.CaseId, ct);
                    if (latest is null || RecordHashing.Truncate(latest.ClosedAtUtc) > item.ClosedAtUtc)
                    {
                        log.LogInformation("Case {CaseNumber} was reopened within the settling period; its closing of {ClosedAtUtc:o} is not archived",
                            item.CaseNumber, item.ClosedAtUtc);
                        dropped++;
                    }
                    else if (await writer.ArchiveAsync(db, item.ToFact(), Actor.System.UserName, ct) == ArchiveResult.Archived)
                    {
                        archived++;
                    }
                    // Archived now or before: the record is there, so the queued row goes (again harmless after a crash in between).
                    await db.PendingClosings.Where(p => p.Id == item.Id).ExecuteDeleteAsync(ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "Could not archive case {CaseNumber} after its settling period", item.CaseNumber);
                    failed.Add(item.Id);
                }
            }
        }
    }

    /// <summary>缓冲期内待归档: closings queued and not archived yet, for the clerk's page.</summary>
    public async Task<int> PendingCountAsync(CancellationToken ct = default)
    {
        await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.PendingClosings.CountAsync(ct);
    }
}

/// <summary>
/// 发回重办 of a case whose closing waits in the settling period: that closing is not archived (the case closes again
/// later and that closing is offered in turn). The sweep checks Evaluation too; this removes it from the count at once.
/// </summary>
internal sealed class RedoRequestedSettling(ArchiveDbContext context, TimeProvider clock) : InboxEventHandler<RedoRequested, ArchiveDbContext>(context, clock)
{
    protected override async Task ApplyAsync(RedoRequested e, CancellationToken ct)
    {
        var reopened = await Context.PendingClosings.Where(p => p.CaseId == e.CaseId && p.ClosedAtUtc <= e.AtUtc).ToListAsync(ct);
        Context.PendingClosings.RemoveRange(reopened);
    }
}

/// <summary>Runs the settling sweep every five minutes.</summary>
internal sealed class SettlingWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<SettlingWorker> log)
    : SweepWorker(scopes, clock, TimeSpan.FromMinutes(5), log)
{
    protected override Task SweepAsync(IServiceProvider services, CancellationToken cancellationToken) =>
        services.GetRequiredService<SettlingArchive>().SweepAsync(cancellationToken);
}
