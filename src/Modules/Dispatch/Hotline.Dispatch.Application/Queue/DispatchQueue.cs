namespace Hotline.Dispatch.Queue;

/// <summary>
/// The dispatcher's queue (待派单) and the supervisor's designation list (待指定办理): most urgent
/// first, then longest waiting; paged and filtered in the database.
/// </summary>
internal sealed class DispatchQueue(IDbContextFactory<DispatchDbContext> contexts, AccessGate gate)
{
    public const int MaxPageSize = 200;

    public async Task<QueuePage> WaitingAsync(QueueFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Dispatchers);
        return await ListAsync(DispatchState.Waiting, filter, page, pageSize, cancellationToken);
    }

    public async Task<QueuePage> AwaitingDesignationAsync(QueueFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Supervisors);
        return await ListAsync(DispatchState.AwaitingDesignation, filter, page, pageSize, cancellationToken);
    }

    public async Task<QueueCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var waiting = db.Cases.AsNoTracking().Where(c => c.State == DispatchState.Waiting);
        return new QueueCounts(
            await waiting.CountAsync(cancellationToken),
            await waiting.OrderBy(c => c.QueuedAtUtc).Select(c => (DateTime?)c.QueuedAtUtc).FirstOrDefaultAsync(cancellationToken),
            await db.Cases.CountAsync(c => c.State == DispatchState.AwaitingDesignation, cancellationToken),
            await waiting.CountAsync(c => c.Urgency != Urgency.Normal, cancellationToken));
    }

    private async Task<QueuePage> ListAsync(DispatchState state, QueueFilter filter, int page, int pageSize, CancellationToken cancellationToken)
    {
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        page = Math.Max(page, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Cases.AsNoTracking().Where(c => c.State == state);
        if (!string.IsNullOrWhiteSpace(filter.Keyword))
        {
            var keyword = filter.Keyword.Trim();
            query = query.Where(c => c.CaseNumber.Contains(keyword) || c.Summary.Contains(keyword));
        }
        if (filter.Urgency is { } urgency)
            query = query.Where(c => c.Urgency == urgency);
        if (filter.RequestType is { } type)
            query = query.Where(c => c.RequestType == type);
        var total = await query.CountAsync(cancellationToken);
        // Urgency is stored by name, so rank it explicitly rather than by the column's text order.
        var rows = await query
            .OrderBy(c => c.Urgency == Urgency.Critical ? 0 : c.Urgency == Urgency.Urgent ? 1 : 2)
            .ThenBy(c => c.QueuedAtUtc)
            .ThenBy(c => c.CaseNumber)
            .Skip(page * pageSize).Take(pageSize)
            .Select(c => new QueueRow(c.CaseId, c.CaseNumber, c.Urgency, c.RequestType, c.CategoryId, c.AreaId, c.Summary, c.IsConfidential,
                c.RegisteredAtUtc, c.QueuedAtUtc, c.ApprovedReturns, c.RedoRound, c.RedoReason))
            .ToListAsync(cancellationToken);
        return new QueuePage(rows, total);
    }
}
