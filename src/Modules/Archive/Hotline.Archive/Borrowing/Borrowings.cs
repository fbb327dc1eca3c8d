using Hotline.Archive.Workbench;
using Hotline.Platform.Organization;

namespace Hotline.Archive.Borrowing;

internal sealed record BorrowRow(
    Guid Id, string ArchiveNumber, string RequestedBy, string Reason, DateTime RequestedAtUtc, BorrowState State, string? DecidedBy,
    DateTime? DecidedAtUtc, string? DecisionNote, DateTime? ValidUntilUtc, bool Open);

/// <summary>
/// 调阅: the request with its reason, the clerk's decision for a period, and the reading itself, which works only for
/// the requester while the period runs (on the application clock). Every step is audited.
/// </summary>
internal sealed class Borrowings(
    IDbContextFactory<ArchiveDbContext> contexts, AccessGate gate, IUnitDirectory units, BorrowedRecordShield shield, TimeProvider clock)
{
    public const string RequestAction = "申请调阅档案";
    public const string DecideAction = "审批调阅申请";
    public const string DecidedMeanwhile = "该调阅申请刚被其他档案员审批，请刷新后查看。";
    public const string ReadAction = "调阅档案";
    private const string NotFound = "未找到可调阅的档案，请核对档案号。";

    public async Task<Guid> RequestAsync(string? archiveNumber, string? reason, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Borrowers);
        var number = archiveNumber?.Trim();
        if (string.IsNullOrEmpty(number))
            throw new BusinessRuleException("请填写档案号。", "number");
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
            throw new BusinessRuleException("请填写调阅理由。", "reason");
        if (why.Length > BorrowRequest.ReasonMax)
            throw new BusinessRuleException($"调阅理由不能超过 {BorrowRequest.ReasonMax} 个字。", "reason");

        await using var db = await contexts.CreateDbContextAsync(ct);
        var record = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.ArchiveNumber == number, ct)
            ?? throw new BusinessRuleException(NotFound, "number");
        Guid? unitId = null;
        if (!await gate.IsCenterAsync())
        {
            unitId = await gate.UnitIdAsync() ?? throw new UnauthorizedAccessException("您的账号未关联成员单位。");
            // A unit reads only what it (or a sub-unit) led; the same words as for a missing record, so nothing leaks.
            if (record.LeadUnitId is not { } lead || !await units.IsSameOrDescendantAsync(lead, unitId.Value, ct))
                throw new BusinessRuleException(NotFound, "number");
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = await db.Borrowings.AsNoTracking()
            .Where(b => b.RecordId == record.Id && b.RequestedByUserId == actor.UserId && b.State != BorrowState.Refused).ToListAsync(ct);
        if (mine.Any(b => b.State == BorrowState.Pending || b.IsOpen(now)))
            throw new BusinessRuleException("该档案已有您待审批或仍在有效期内的调阅申请。", "number");

        var request = BorrowRequest.Ask(record, actor.UserName, actor.UserId, unitId, why, now);
        db.Borrowings.Add(request);
        db.Audit(actor, clock, RequestAction, "Archive", record.ArchiveNumber, why);
        await db.SaveChangesAsync(ct);
        return request.Id;
    }

    /// <summary>The signed-in user's own requests, newest first.</summary>
    public async Task<IReadOnlyList<BorrowRow>> MineAsync(CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Borrowers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return Rows(await db.Borrowings.AsNoTracking().Where(b => b.RequestedByUserId == actor.UserId)
            .OrderByDescending(b => b.RequestedAtUtc).Take(200).ToListAsync(ct));
    }

    /// <summary>Every request for the clerk, pending first, then newest.</summary>
    public async Task<IReadOnlyList<BorrowRow>> AllAsync(CancellationToken ct = default)
    {
        await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return Rows(await db.Borrowings.AsNoTracking()
            .OrderBy(b => b.State == BorrowState.Pending ? 0 : 1).ThenByDescending(b => b.RequestedAtUtc).Take(500).ToListAsync(ct));
    }

    public async Task DecideAsync(Guid requestId, bool approve, int days, string? note, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var request = await db.Borrowings.FirstOrDefaultAsync(b => b.Id == requestId, ct) ?? throw new BusinessRuleException("调阅申请不存在。");
        var now = clock.GetUtcNow().UtcDateTime;
        var text = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (text is { Length: > BorrowRequest.ReasonMax })
            throw new BusinessRuleException($"审批意见不能超过 {BorrowRequest.ReasonMax} 个字。", "note");
        if (approve)
            request.Approve(days, now, actor.UserName, text);
        else
            request.Refuse(now, actor.UserName, text ?? throw new BusinessRuleException("不批准时请填写理由。", "note"));
        db.Audit(actor, clock, DecideAction, "Archive", request.ArchiveNumber,
            approve ? $"批准 {request.RequestedBy} 调阅 {days} 天" : $"不批准 {request.RequestedBy} 调阅：{text}");
        await db.SaveOrConflictAsync(DecidedMeanwhile, ct);
    }

    /// <summary>
    /// The borrowed record, caller masked, for its requester while the approval runs. A member unit reads it as it would
    /// read the live case: shielded from the caller by the same rule (<see cref="BorrowedRecordShield"/>).
    /// </summary>
    /// <exception cref="UnauthorizedAccessException">Not the requester's, not approved, or expired.</exception>
    public async Task<RecordView> ReadAsync(Guid requestId, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Borrowers);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var request = await db.Borrowings.AsNoTracking().FirstOrDefaultAsync(b => b.Id == requestId, ct);
        if (request is null || request.RequestedByUserId != actor.UserId || !request.IsOpen(clock.GetUtcNow().UtcDateTime))
            throw new UnauthorizedAccessException("该调阅未获批准或已过期，不能查阅档案。");
        var view = await ArchiveRecords.ReadAsync(db, request.RecordId, ct);
        if (!await gate.IsCenterAsync())
            view = await shield.ForUnitAsync(view, await gate.UnitIdAsync() ?? throw new UnauthorizedAccessException("您的账号未关联成员单位。"), ct);
        db.Audit(actor, clock, ReadAction, "Archive", view.ArchiveNumber, $"调阅申请 {request.Id}");
        await db.SaveChangesAsync(ct);
        return view;
    }

    private IReadOnlyList<BorrowRow> Rows(IEnumerable<BorrowRequest> requests)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return requests.Select(b => new BorrowRow(b.Id, b.ArchiveNumber, b.RequestedBy, b.Reason, b.RequestedAtUtc, b.State, b.DecidedBy,
            b.DecidedAtUtc, b.DecisionNote, b.ValidUntilUtc, b.IsOpen(now))).ToList();
    }
}
