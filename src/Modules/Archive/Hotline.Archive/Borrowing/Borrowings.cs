using Hotline.Archive.Workbench;
using Hotline.Platform.Organization;

namespace Hotline.Archive.Borrowing;

/// <summary>
/// A request as asked: the record it is for and, when it was asked by case number, that number and the case's
/// supplementary records (补充归档), which are not part of it.
/// </summary>
internal sealed record BorrowReceipt(Guid Id, string ArchiveNumber, string? CaseNumber, IReadOnlyList<string> Supplements)
{
    public string Message => CaseNumber is null
        ? $"已提交调阅申请（档案 {ArchiveNumber}），请等待档案员审批。"
        : $"已提交调阅申请：工单 {CaseNumber} 的原始档案 {ArchiveNumber}"
          + (Supplements.Count == 0 ? "" : $"（该工单另有补充归档 {string.Join("、", Supplements)}，如需调阅请按档案号另行申请）")
          + "，请等待档案员审批。";
}

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
    public const string NotFound = "未找到可调阅的档案，请核对档案号或工单号。";

    /// <summary>A case number with no record yet, as a center role is told it.</summary>
    public static string NotArchived(string caseNumber) => $"工单 {caseNumber} 尚未归档，暂不能调阅；请核对工单号，或待工单办结归档后再申请。";

    /// <summary>A closing still waiting out the settling period (归档缓冲期).</summary>
    public static string Settling(string caseNumber) => $"工单 {caseNumber} 已办结，尚在归档缓冲期内，归档后方可调阅。";

    /// <summary>
    /// A case number a member unit cannot borrow: not archived yet, or not led by it — the same words for both, so a
    /// unit learns nothing about other units' cases.
    /// </summary>
    public static string NotArchivedForUnit(string caseNumber) => $"工单 {caseNumber} 尚未归档，或不是本单位承办的工单，不能调阅。";

    /// <summary>
    /// Asks to borrow the record <paramref name="number"/> names: an archive number (2026-12345-000123), or a case number
    /// (QH202611250001), which stands for the case's original record — its 补充归档 records are borrowed by their own numbers.
    /// </summary>
    public async Task<BorrowReceipt> RequestAsync(string? number, string? reason, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Borrowers);
        var text = number?.Trim();
        if (string.IsNullOrEmpty(text))
            throw new BusinessRuleException("请填写档案号或工单号。", "number");
        var why = reason?.Trim();
        if (string.IsNullOrEmpty(why))
            throw new BusinessRuleException("请填写调阅理由。", "reason");
        if (why.Length > BorrowRequest.ReasonMax)
            throw new BusinessRuleException($"调阅理由不能超过 {BorrowRequest.ReasonMax} 个字。", "reason");

        await using var db = await contexts.CreateDbContextAsync(ct);
        Guid? unitId = await gate.IsCenterAsync() ? null : await gate.UnitIdAsync() ?? throw new UnauthorizedAccessException("您的账号未关联成员单位。");
        var (record, caseNumber, supplements) = await FindAsync(db, text, unitId, ct);
        // A unit reads only what it (or a sub-unit) led; the same words (echoing what was typed) as for a missing record,
        // so nothing leaks.
        if (unitId is { } unit && !await LedByAsync(record.LeadUnitId, unit, ct))
            throw new BusinessRuleException(caseNumber is null ? NotFound : NotArchivedForUnit(text), "number");
        var now = clock.GetUtcNow().UtcDateTime;
        var mine = await db.Borrowings.AsNoTracking()
            .Where(b => b.RecordId == record.Id && b.RequestedByUserId == actor.UserId && b.State != BorrowState.Refused).ToListAsync(ct);
        if (mine.Any(b => b.State == BorrowState.Pending || b.IsOpen(now)))
            throw new BusinessRuleException($"档案 {record.ArchiveNumber} 已有您待审批或仍在有效期内的调阅申请。", "number");

        var request = BorrowRequest.Ask(record, actor.UserName, actor.UserId, unitId, why, now);
        db.Borrowings.Add(request);
        db.Audit(actor, clock, RequestAction, "Archive", record.ArchiveNumber, caseNumber is null ? why : $"按工单号 {caseNumber} 申请（原始档案）：{why}");
        await db.SaveChangesAsync(ct);
        return new BorrowReceipt(request.Id, record.ArchiveNumber, caseNumber, supplements);
    }

    /// <summary>
    /// The record <paramref name="text"/> names: by archive number, else by case number (the case's original record, with
    /// its supplementary records' numbers). Refused with a message for the form when there is none.
    /// </summary>
    private async Task<(ArchiveRecord Record, string? CaseNumber, IReadOnlyList<string> Supplements)> FindAsync(
        ArchiveDbContext db, string text, Guid? unitId, CancellationToken ct)
    {
        var byNumber = await db.Records.AsNoTracking().FirstOrDefaultAsync(r => r.ArchiveNumber == text, ct);
        if (byNumber is not null)
            return (byNumber, null, []);
        if (ArchiveNumbers.IsFormatted(text))
            throw new BusinessRuleException(NotFound, "number");

        // Case numbers are stored upper-case (QH…); one typed in lower case still finds its case.
        var upper = text.ToUpperInvariant();
        var ofCase = (await db.Records.AsNoTracking().Where(r => r.CaseNumber == text || r.CaseNumber == upper).ToListAsync(ct))
            .OrderBy(r => r.Kind == RecordKind.Original ? 0 : 1).ThenBy(r => r.ArchivedAtUtc).ThenBy(r => r.Sequence).ToList();
        if (ofCase.Count > 0)
        {
            var original = ofCase[0];
            return (original, original.CaseNumber, ofCase.Skip(1).Select(r => r.ArchiveNumber).ToList());
        }
        var settling = await db.PendingClosings.AsNoTracking().FirstOrDefaultAsync(p => p.CaseNumber == text || p.CaseNumber == upper, ct);
        if (unitId is { } unit)
            throw new BusinessRuleException(settling is not null && await LedByAsync(settling.LeadUnitId, unit, ct)
                ? Settling(settling.CaseNumber) : NotArchivedForUnit(text), "number");
        throw new BusinessRuleException(settling is not null ? Settling(settling.CaseNumber) : NotArchived(text), "number");
    }

    private async Task<bool> LedByAsync(Guid? leadUnitId, Guid unitId, CancellationToken ct) =>
        leadUnitId is { } lead && await units.IsSameOrDescendantAsync(lead, unitId, ct);

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
