using Hotline.Platform.Calendar;

namespace Hotline.Dispatch.Returns;

/// <summary>The center's lists of return requests: 待审核 for dispatchers, 争议 for supervisors, and the decided record.</summary>
internal sealed class ReturnQueries(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    IUnitDirectory units,
    IWorkingCalendar calendar,
    TimeProvider clock)
{
    public async Task<ReturnPage> PageAsync(ReturnListQuery query, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(query.Kind == ReturnListKind.Disputed ? DispatchAccess.Supervisors : DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = Joined(db);
        rows = query.Kind switch
        {
            // A request whose assignment ended meanwhile (改派, 办结) needs no decision any more.
            ReturnListKind.Pending => rows.Where(x => x.Request.Status == ReturnStatus.Pending && x.Assignment.Status == AssignmentStatus.Active),
            ReturnListKind.Disputed => rows.Where(x => x.Request.Status == ReturnStatus.Disputed && x.Assignment.Status == AssignmentStatus.Active),
            _ => rows.Where(x => x.Request.Status != ReturnStatus.Pending && x.Request.Status != ReturnStatus.Disputed),
        };
        if (!string.IsNullOrWhiteSpace(query.CaseNumber))
        {
            var number = query.CaseNumber.Trim();
            rows = rows.Where(x => x.Case.CaseNumber.Contains(number));
        }
        var total = await rows.CountAsync(cancellationToken);
        var defaultDescending = query.Kind == ReturnListKind.Decided;
        var descending = query.SortBy is null ? defaultDescending : query.Descending;
        rows = (query.SortBy, descending) switch
        {
            ("due", false) => rows.OrderBy(x => x.Assignment.CompletionDueUtc).ThenBy(x => x.Request.AppliedAtUtc),
            ("due", true) => rows.OrderByDescending(x => x.Assignment.CompletionDueUtc).ThenBy(x => x.Request.AppliedAtUtc),
            ("number", false) => rows.OrderBy(x => x.Case.CaseNumber),
            ("number", true) => rows.OrderByDescending(x => x.Case.CaseNumber),
            (_, true) => rows.OrderByDescending(x => x.Request.AppliedAtUtc),
            _ => rows.OrderBy(x => x.Request.AppliedAtUtc),
        };
        var page = await rows.Skip(Math.Max(0, query.Page) * query.PageSize).Take(query.PageSize)
            .AsNoTracking().ToListAsync(cancellationToken);
        return new ReturnPage(await ToRowsAsync(page, cancellationToken), total);
    }

    /// <summary>The counts the home widget shows: waiting for a dispatcher, waiting for a supervisor.</summary>
    public async Task<(int Pending, int Disputed)> CountsAsync(CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = Joined(db).Where(x => x.Assignment.Status == AssignmentStatus.Active);
        var pending = await open.CountAsync(x => x.Request.Status == ReturnStatus.Pending, cancellationToken);
        var disputed = await open.CountAsync(x => x.Request.Status == ReturnStatus.Disputed, cancellationToken);
        return (pending, disputed);
    }

    internal static IQueryable<ReturnJoin> Joined(DispatchDbContext db) =>
        from r in db.Returns
        join a in db.Assignments on r.AssignmentId equals a.Id
        join c in db.Cases on r.CaseId equals c.CaseId
        select new ReturnJoin { Request = r, Assignment = a, Case = c };

    internal async Task<IReadOnlyList<ReturnRow>> ToRowsAsync(IReadOnlyList<ReturnJoin> rows, CancellationToken cancellationToken)
    {
        var names = (await units.GetUnitsAsync(rows.Select(x => x.Request.UnitId).Distinct(), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return rows.Select(x =>
        {
            var (r, a, c) = (x.Request, x.Assignment, x.Case);
            var left = rules.WorkingDaysLeft(now, a.CompletionDueUtc);
            var light = now > a.CompletionDueUtc ? DeadlineLight.Overdue : left <= 1 ? DeadlineLight.Amber : DeadlineLight.Green;
            return new ReturnRow(r.Id, r.Version, r.CaseId, c.CaseNumber, c.Summary, a.Id, r.UnitId,
                names.GetValueOrDefault(r.UnitId, "（未知单位）"), a.Role, r.Reason, r.Basis, r.AppliedAtUtc, r.AppliedBy, r.Status,
                r.ReviewedAtUtc, r.ReviewedBy, r.ReviewNote, r.DisputeText, r.DisputedAtUtc, r.DisputedBy,
                r.DisputeDecidedAtUtc, r.DisputeDecidedBy, r.DisputeDecisionNote, a.CompletionDueUtc, left, light, c.ApprovedReturns);
        }).ToList();
    }
}

/// <summary>A request with its assignment and case; a member-init class so EF can keep composing queries over it.</summary>
internal sealed class ReturnJoin
{
    public ReturnRequest Request { get; init; } = null!;
    public Assignment Assignment { get; init; } = null!;
    public DispatchCase Case { get; init; } = null!;
}
