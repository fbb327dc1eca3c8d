namespace Hotline.Dispatch.Dispatching;

/// <summary>Loads a case for the dispatch page: the case from Intake, the caller as the dispatcher may see them, assignments and returns.</summary>
internal sealed class DispatchCaseQuery(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    CaseDispatching dispatching,
    ICaseDirectory cases,
    ICallerIdentity callers,
    IUnitDirectory units)
{
    /// <returns>Null when the case never reached Dispatch (not accepted, or unknown).</returns>
    public async Task<DispatchCaseView?> GetAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await db.Cases.AsNoTracking().FirstOrDefaultAsync(x => x.CaseId == caseId, cancellationToken);
        if (c is null)
            return null;
        DispatchMode? mode = null;
        string? blocked = null;
        try
        {
            mode = await dispatching.ModeAsync(c.State);
        }
        catch (BusinessRuleException ex)
        {
            blocked = ex.Message;
        }
        var assignments = await AssignmentViews.ForCaseAsync(db, units, caseId, null, cancellationToken);
        var returns = await db.Returns.AsNoTracking()
            .Where(r => r.CaseId == caseId && (r.Status == ReturnStatus.Approved || r.Status == ReturnStatus.DisputeUpheld))
            .OrderBy(r => r.AppliedAtUtc).ToListAsync(cancellationToken);
        var names = (await units.GetUnitsAsync(returns.Select(r => r.UnitId).Append(c.SubjectUnitId ?? Guid.Empty), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        return new DispatchCaseView(c.CaseId, c.CaseNumber, c.State, mode, blocked, c.Version, c.Urgency, c.QueuedAtUtc, c.ApprovedReturns,
            c.CallerReachable, await cases.GetAsync(caseId, cancellationToken), await callers.ViewAsync(caseId, cancellationToken),
            c.SubjectUnitId is Guid s ? names.GetValueOrDefault(s) : null,
            assignments,
            returns.Select(r => new ReturnedUnit(r.UnitId, names.GetValueOrDefault(r.UnitId, "（未知单位）"), r.Reason, r.Basis, r.AppliedAtUtc)).ToList(),
            c.RedoRound, c.RedoReason);
    }
}
