using Microsoft.Extensions.Logging;

namespace Hotline.Archive.Integrity;

/// <summary>The outcome of one verification; <see cref="HeadHash"/> is the last record's hash (per year for a whole-chain check, the last year's).</summary>
internal sealed record IntegrityReport(string Scope, int Checked, IReadOnlyList<IntegrityProblem> Problems, string? HeadHash)
{
    public bool Intact => Problems.Count == 0;
}

/// <summary>
/// 完整性校验 of one record, one year or every year. Reads in sequence order a batch at a time, so a long chain is
/// never held in memory; every verification is audited with its result, and a broken one is logged as a warning.
/// A record deleted from the end of a chain leaves no gap: compare the printed head hash with one kept elsewhere.
/// </summary>
internal sealed class ArchiveIntegrity(
    IDbContextFactory<ArchiveDbContext> contexts,
    AccessGate gate,
    TimeProvider clock,
    ILogger<ArchiveIntegrity> log)
{
    public const string AuditAction = "档案完整性校验";
    private const int Batch = 500;

    public async Task<IntegrityReport> VerifyRecordAsync(Guid recordId, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Verifiers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var r = await db.Records.AsNoTracking().FirstOrDefaultAsync(x => x.Id == recordId, ct)
            ?? throw new Hotline.Platform.BusinessRuleException("档案不存在。");
        var previous = r.Sequence > 1
            ? await db.Records.AsNoTracking().FirstOrDefaultAsync(x => x.Year == r.Year && x.Sequence == r.Sequence - 1, ct)
            : null;
        var disposal = r.DisposalId is { } d ? await db.Disposals.AsNoTracking().FirstOrDefaultAsync(x => x.Id == d, ct) : null;
        var problems = RecordIntegrity.CheckSeal(r, disposal).Concat(RecordIntegrity.CheckLink(r, previous)).ToList();
        return await ReportAsync(db, actor, new IntegrityReport($"档案 {r.ArchiveNumber}", 1, problems, r.RecordHash), ct);
    }

    public async Task<IntegrityReport> VerifyYearAsync(int year, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Verifiers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var (count, problems, head) = await WalkYearAsync(db, year, ct);
        return await ReportAsync(db, actor, new IntegrityReport($"{year} 年度", count, problems, head), ct);
    }

    public async Task<IntegrityReport> VerifyAllAsync(CancellationToken ct = default) =>
        await VerifyAllAsync(await gate.RequireAsync(ArchiveAccess.Verifiers), ct);

    /// <summary>For the <c>verify-archive</c> command run by the operator on the server: no signed-in user, audited as 系统.</summary>
    public Task<IntegrityReport> VerifyAllFromCommandAsync(CancellationToken ct = default) => VerifyAllAsync(Actor.System, ct);

    private async Task<IntegrityReport> VerifyAllAsync(Actor actor, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var years = await db.Records.AsNoTracking().Select(r => r.Year).Distinct().OrderBy(y => y).ToListAsync(ct);
        int total = 0;
        var problems = new List<IntegrityProblem>();
        string? head = null;
        foreach (var year in years)
        {
            var (count, found, yearHead) = await WalkYearAsync(db, year, ct);
            total += count;
            problems.AddRange(found);
            head = yearHead;
        }
        return await ReportAsync(db, actor, new IntegrityReport("全部档案", total, problems, head), ct);
    }

    private static async Task<(int Count, List<IntegrityProblem> Problems, string? Head)> WalkYearAsync(ArchiveDbContext db, int year, CancellationToken ct)
    {
        var problems = new List<IntegrityProblem>();
        ArchiveRecord? last = null;
        var count = 0;
        while (true)
        {
            var after = last?.Sequence ?? 0;
            var batch = await db.Records.AsNoTracking()
                .Where(r => r.Year == year && r.Sequence > after)
                .OrderBy(r => r.Sequence).Take(Batch).ToListAsync(ct);
            if (batch.Count == 0)
                break;
            var disposalIds = batch.Where(r => r.DisposalId != null).Select(r => r.DisposalId!.Value).ToList();
            var disposals = disposalIds.Count == 0
                ? null
                : await db.Disposals.AsNoTracking().Where(x => disposalIds.Contains(x.Id)).ToDictionaryAsync(x => x.Id, ct);
            problems.AddRange(RecordIntegrity.Walk(batch, last, disposals));
            count += batch.Count;
            last = batch[^1];
        }
        return (count, problems, last?.RecordHash);
    }

    private async Task<IntegrityReport> ReportAsync(ArchiveDbContext db, Actor actor, IntegrityReport report, CancellationToken ct)
    {
        var detail = report.Intact
            ? $"{report.Scope}：校验 {report.Checked} 件，完整；末件哈希 {report.HeadHash ?? "—"}"
            : $"{report.Scope}：校验 {report.Checked} 件，发现 {report.Problems.Count} 处问题：" +
              string.Join("；", report.Problems.Take(10).Select(p => $"{p.ArchiveNumber} {p.Message}"));
        if (!report.Intact)
            log.LogWarning("Archive integrity check of {Scope} found {Count} problems, first at {ArchiveNumber}",
                report.Scope, report.Problems.Count, report.Problems[0].ArchiveNumber);
        db.Audit(actor, clock, AuditAction, "Archive", report.Scope, detail);
        await db.SaveChangesAsync(ct);
        return report;
    }
}
