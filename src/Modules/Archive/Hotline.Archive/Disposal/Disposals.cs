namespace Hotline.Archive.Disposal;

/// <summary>A record past its retention period, waiting for appraisal (到期待鉴定).</summary>
internal sealed record DueRecord(Guid Id, string ArchiveNumber, string CaseNumber, string CategoryName, string LeadUnitName,
    RetentionPeriod Retention, DateTime ClosedAtUtc, DateTime RetainedUntilUtc, bool Proposed);

internal sealed record DisposalRow(Guid Id, string ArchiveNumber, string CaseNumber, RetentionPeriod Retention, DateTime ClosedAtUtc,
    string RecordHash, string Reason, string ProposedBy, DateTime ProposedAtUtc, DisposalState State, string? DecidedBy,
    DateTime? DecidedAtUtc, string? DecisionNote, Guid Version);

/// <summary>
/// 档案销毁 (003; 档案管理规定): records past retention are listed for appraisal; the clerk proposes a disposal with the
/// appraisal's reason, the center administrator approves or refuses it. Approval empties the record but keeps its seal
/// and writes the register line. A record someone may still read under an approved borrowing cannot be disposed of.
/// Every step is audited.
/// </summary>
internal sealed class Disposals(IDbContextFactory<ArchiveDbContext> contexts, AccessGate gate, TimeProvider clock)
{
    public const string ProposeAction = "提议销毁档案";
    public const string DecideAction = "审批档案销毁";
    public const int PageSize = 50;

    public async Task<(IReadOnlyList<DueRecord> Rows, int Total)> DueAsync(int skip = 0, CancellationToken ct = default)
    {
        await gate.RequireAsync(ArchiveAccess.Disposers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        // Closed before now − retention: ten-year and thirty-year records each against their own cut-off.
        var tenCut = now.AddYears(-(int)RetentionPeriod.TenYears);
        var thirtyCut = now.AddYears(-(int)RetentionPeriod.ThirtyYears);
        var q = db.Records.AsNoTracking().Where(r => r.DestroyedAtUtc == null
            && ((r.Retention == RetentionPeriod.TenYears && r.ClosedAtUtc <= tenCut)
                || (r.Retention == RetentionPeriod.ThirtyYears && r.ClosedAtUtc <= thirtyCut)));
        var total = await q.CountAsync(ct);
        var rows = await q.OrderBy(r => r.ClosedAtUtc).Skip(Math.Max(0, skip)).Take(PageSize)
            .Select(r => new { r.Id, r.ArchiveNumber, r.CaseNumber, r.CategoryName, r.LeadUnitName, r.Retention, r.ClosedAtUtc })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).ToList();
        var proposed = (await db.Disposals.AsNoTracking().Where(d => ids.Contains(d.RecordId) && d.State == DisposalState.Proposed)
            .Select(d => d.RecordId).ToListAsync(ct)).ToHashSet();
        return (rows.Select(r => new DueRecord(r.Id, r.ArchiveNumber, r.CaseNumber, r.CategoryName, r.LeadUnitName, r.Retention,
            r.ClosedAtUtc, r.ClosedAtUtc.AddYears((int)r.Retention), proposed.Contains(r.Id))).ToList(), total);
    }

    public async Task<Guid> ProposeAsync(Guid recordId, string? reason, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Records.FirstOrDefaultAsync(r => r.Id == recordId, ct) ?? throw new BusinessRuleException("档案不存在。");
        if (await db.Disposals.AnyAsync(d => d.RecordId == recordId && d.State == DisposalState.Proposed, ct))
            throw new BusinessRuleException($"档案 {record.ArchiveNumber} 已提议销毁，等待审批。");
        var now = clock.GetUtcNow().UtcDateTime;
        await EnsureNotBorrowedAsync(db, record, now, ct);
        var disposal = ArchiveDisposal.Propose(record, reason ?? "", actor.UserName, now);
        db.Disposals.Add(disposal);
        db.Audit(actor, clock, ProposeAction, "Archive", record.ArchiveNumber, disposal.Reason);
        await db.SaveChangesAsync(ct);
        return disposal.Id;
    }

    public async Task DecideAsync(Guid disposalId, bool approve, string? note, Guid loadedVersion, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.DisposalApprovers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var disposal = await db.Disposals.FirstOrDefaultAsync(d => d.Id == disposalId, ct) ?? throw new BusinessRuleException("销毁申请不存在。");
        if (disposal.Version != loadedVersion)
            throw new BusinessRuleException("该销毁申请已被他人处理或修改，请刷新后查看。");
        var now = clock.GetUtcNow().UtcDateTime;
        if (approve)
        {
            var record = await db.Records.FirstAsync(r => r.Id == disposal.RecordId, ct);
            await EnsureNotBorrowedAsync(db, record, now, ct);
            disposal.Approve(actor.UserName, note, now);
            record.Destroy(disposal.Id, now);
        }
        else
        {
            disposal.Refuse(actor.UserName, note, now);
        }
        db.Audit(actor, clock, DecideAction, "Archive", disposal.ArchiveNumber,
            approve ? $"批准销毁；档案哈希 {disposal.RecordHash}" : $"不予销毁：{disposal.DecisionNote}");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该销毁申请已被他人处理，请刷新后查看。");
        }
    }

    /// <summary>销毁登记簿 and the pending proposals, newest first.</summary>
    public async Task<IReadOnlyList<DisposalRow>> RegisterAsync(CancellationToken ct = default)
    {
        await gate.RequireAsync(ArchiveAccess.Disposers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Disposals.AsNoTracking().OrderByDescending(d => d.ProposedAtUtc).Take(500)
            .Select(d => new DisposalRow(d.Id, d.ArchiveNumber, d.CaseNumber, d.Retention, d.ClosedAtUtc, d.RecordHash, d.Reason, d.ProposedBy,
                d.ProposedAtUtc, d.State, d.DecidedBy, d.DecidedAtUtc, d.DecisionNote, d.Version))
            .ToListAsync(ct);
    }

    private static async Task EnsureNotBorrowedAsync(ArchiveDbContext db, ArchiveRecord record, DateTime now, CancellationToken ct)
    {
        var borrowed = await db.Borrowings.AsNoTracking()
            .AnyAsync(b => b.RecordId == record.Id && b.State == BorrowState.Approved && b.ValidUntilUtc > now, ct);
        if (borrowed)
            throw new BusinessRuleException($"档案 {record.ArchiveNumber} 正在调阅期内，调阅结束前不能销毁。");
    }
}
