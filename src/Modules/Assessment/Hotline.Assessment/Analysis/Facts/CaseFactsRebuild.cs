using Hotline.Dispatch.Contracts;
using Hotline.Platform.Auditing;

namespace Hotline.Assessment.Analysis.Facts;

internal sealed record RebuildResult(int Cases, int Added, int Changed);

/// <summary>
/// 重建统计: recomputes every case fact from Intake's, Dispatch's and Evaluation's contracts, as the events would have
/// left it (used after an upgrade, a restore, or to check the incremental figures). Page by page, each page one save, so a
/// run that stops leaves whole pages behind and simply runs again.
/// </summary>
internal sealed class CaseFactsRebuild(
    ICaseDirectory cases,
    IAssignmentDirectory assignments,
    IEvaluationRecordFacts evaluation,
    IDbContextFactory<AssessmentDbContext> contexts,
    AccessGate gate,
    TimeProvider clock)
{
    public const string AuditAction = "重建统计数据";
    public const int PageSize = 500;

    public async Task<RebuildResult> RunAsync(IProgress<int>? progress = null, CancellationToken ct = default) =>
        await RunAsActorAsync(await gate.RequireAsync(AnalysisAccess.Rebuilders), progress, ct);

    public Task<RebuildResult> RunFromCommandAsync(CancellationToken ct = default) => RunAsActorAsync(Actor.System, null, ct);

    private async Task<RebuildResult> RunAsActorAsync(Actor actor, IProgress<int>? progress, CancellationToken ct)
    {
        int total = 0, added = 0, changed = 0;
        for (DateTime? after = null; ;)
        {
            var page = await cases.RegisteredAfterAsync(after, PageSize, ct);
            if (page.Count == 0)
                break;
            await using var db = await contexts.CreateDbContextAsync(ct);
            var ids = page.Select(c => c.CaseId).ToList();
            var existing = await db.CaseFacts.Where(f => ids.Contains(f.CaseId)).ToDictionaryAsync(f => f.CaseId, ct);
            foreach (var summary in page)
            {
                var fresh = await ComputeAsync(summary, ct);
                if (!existing.TryGetValue(summary.CaseId, out var old))
                {
                    db.CaseFacts.Add(fresh);
                    added++;
                }
                else if (!old.SameAs(fresh))
                {
                    old.CorrectFrom(fresh);
                    changed++;
                }
            }
            await db.SaveChangesAsync(ct);
            total += page.Count;
            progress?.Report(total);
            after = page[^1].RegisteredAtUtc;
        }
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            db.Audit(actor, clock, AuditAction, "CaseFact", null, $"核对 {total} 件，新增 {added} 件，更正 {changed} 件");
            await db.SaveChangesAsync(ct);
        }
        return new RebuildResult(total, added, changed);
    }

    private async Task<CaseFact> ComputeAsync(CaseSummary summary, CancellationToken ct)
    {
        var fact = CaseFact.Of(summary);
        if (summary.Status is CaseStatus.Accepted or CaseStatus.PendingAcceptance)
            return fact;
        var lead = (await assignments.ForCaseAsync(summary.CaseId, ct))
            .Where(a => a.Role == AssignmentRole.Lead && a.ParentAssignmentId == null)
            .OrderByDescending(a => a.IsActive).ThenByDescending(a => a.DispatchedAtUtc).FirstOrDefault();
        if (lead is not null)
            fact.Lead(lead.UnitId);
        if (summary.Status == CaseStatus.Closed && await evaluation.ClosedCaseAsync(summary.CaseId, ct) is { } closed)
            fact.Close(closed.ClosedAtUtc, closed.ClosedAtUtc, (int?)closed.HandlingRating, closed.LeadUnitId);
        return fact;
    }
}
