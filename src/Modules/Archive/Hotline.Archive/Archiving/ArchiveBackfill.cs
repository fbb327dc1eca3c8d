using Microsoft.Extensions.Logging;

namespace Hotline.Archive.Archiving;

/// <summary><paramref name="Settling"/>: closings still within the settling period, queued for the sweep instead of archived.</summary>
internal sealed record BackfillResult(int Archived, int Skipped, IReadOnlyList<string> Failed, int Settling = 0);

/// <summary>
/// 补录归档: archives every closed case that has no record of its closing yet. Resumable by construction: a run
/// that stops half-way leaves whole records behind, and the next run skips them. One case failing is logged and
/// counted, the others go on. A closing still within the settling period (归档缓冲期) is queued for the sweep, not archived.
/// </summary>
internal sealed class ArchiveBackfill(
    IDbContextFactory<ArchiveDbContext> contexts,
    SettlingArchive settling,
    IEvaluationRecordFacts evaluation,
    AccessGate gate,
    TimeProvider clock,
    ILogger<ArchiveBackfill> log)
{
    public const string AuditAction = "补录归档";
    public const int PageSize = 200;

    public async Task<BackfillResult> RunAsync(IProgress<int>? progress = null, CancellationToken ct = default) =>
        await RunAsAsync(await gate.RequireAsync(ArchiveAccess.Backfillers), progress, ct);

    /// <summary>For the <c>backfill-archive</c> command run by the operator on the server: no signed-in user, audited as 系统.</summary>
    public Task<BackfillResult> RunFromCommandAsync(IProgress<int>? progress, CancellationToken ct = default) => RunAsAsync(Actor.System, progress, ct);

    private async Task<BackfillResult> RunAsAsync(Actor actor, IProgress<int>? progress, CancellationToken ct)
    {
        int archived = 0, skipped = 0, queued = 0;
        var failed = new List<string>();
        for (var skip = 0; ; skip += PageSize)
        {
            var page = await evaluation.ClosedAsync(skip, PageSize, ct);
            foreach (var closing in page)
            {
                try
                {
                    await using var db = await contexts.CreateDbContextAsync(ct);
                    switch (await settling.OfferAsync(db, closing, actor.UserName, ct))
                    {
                        case ArchiveResult.Archived:
                            archived++;
                            break;
                        case ArchiveResult.Settling:
                            await db.SaveChangesAsync(ct);
                            queued++;
                            break;
                        default:
                            skipped++;
                            break;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    log.LogError(ex, "Backfill could not archive case {CaseNumber}", closing.CaseNumber);
                    failed.Add(closing.CaseNumber);
                }
                progress?.Report(archived + skipped + queued + failed.Count);
            }
            if (page.Count < PageSize)
                break;
        }
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Audit(actor, clock, AuditAction, "Archive", null,
                $"新归档 {archived} 件，已归档跳过 {skipped} 件" + (queued > 0 ? $"，缓冲期内待归档 {queued} 件" : "") + $"，失败 {failed.Count} 件"
                + (failed.Count > 0 ? "：" + string.Join("、", failed.Take(20)) : ""));
            await db.SaveChangesAsync(ct);
        }
        return new BackfillResult(archived, skipped, failed, queued);
    }
}
