namespace Hotline.Dispatch.Dispatching;

internal static class AssignmentViews
{
    /// <param name="unitScope">When given, only assignments of these units (a member unit's own sub-tree).</param>
    public static async Task<IReadOnlyList<AssignmentView>> ForCaseAsync(DispatchDbContext db, IUnitDirectory units, Guid caseId,
        IReadOnlyCollection<Guid>? unitScope, CancellationToken cancellationToken)
    {
        var query = db.Assignments.AsNoTracking().Where(a => a.CaseId == caseId);
        if (unitScope is not null)
            query = query.Where(a => unitScope.Contains(a.UnitId));
        var rows = await query.ToListAsync(cancellationToken);
        var names = (await units.GetUnitsAsync(rows.Select(a => a.UnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.PathName);
        return rows
            // Lead before co-units within one dispatch; sub-assignments right after their parent.
            .OrderBy(a => a.DispatchedAtUtc).ThenBy(a => a.ParentAssignmentId is null ? 0 : 1).ThenBy(a => a.Role == Contracts.AssignmentRole.Lead ? 0 : 1)
            .Select(a => new AssignmentView(a.Id, a.UnitId, names.GetValueOrDefault(a.UnitId, "（未知单位）"), a.Role, a.ParentAssignmentId, a.Status,
                a.DispatchedAtUtc, a.DispatchedBy, a.Note, a.SignForDueUtc, a.FirstContactDueUtc, a.CompletionDueUtc, a.CompletionWorkingDays, a.CompletionDueNote,
                a.ReturnWindowEndsUtc, a.EndedAtUtc, a.EndNote))
            .ToList();
    }
}
