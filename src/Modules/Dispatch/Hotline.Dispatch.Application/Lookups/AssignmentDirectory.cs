namespace Hotline.Dispatch.Lookups;

/// <summary>Read-only lookups of assignments and return counts for other modules (Handling, Supervision, assessment).</summary>
internal sealed class AssignmentDirectory(IDbContextFactory<DispatchDbContext> contexts) : IAssignmentDirectory
{
    public Task<IReadOnlyList<AssignmentSummary>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        ForCasesAsync([caseId], cancellationToken);

    public async Task<IReadOnlyList<AssignmentSummary>> ForCasesAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Assignments.AsNoTracking().Where(a => caseIds.Contains(a.CaseId)).ToListAsync(cancellationToken);
        return rows.OrderBy(a => a.CaseId).ThenBy(a => a.DispatchedAtUtc).ThenBy(a => a.ParentAssignmentId is null ? 0 : 1).ThenBy(a => a.Role)
            .Select(a => new AssignmentSummary(a.Id, a.CaseId, a.UnitId, a.Role, a.ParentAssignmentId, a.IsActive,
                a.DispatchedAtUtc, a.CompletionDueUtc))
            .ToList();
    }

    /// <summary>
    /// Per unit, the returns applied for in [fromUtc, toUtc): requested (all), approved (by the dispatcher or on dispute),
    /// refused (by the dispatcher and not overturned), disputed (the unit contested a refusal, whatever the outcome).
    /// </summary>
    public async Task<IReadOnlyList<UnitReturnCounts>> ReturnCountsAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Counted in the database, one row per unit.
        var rows = await db.Returns.AsNoTracking()
            .Where(r => r.AppliedAtUtc >= fromUtc && r.AppliedAtUtc < toUtc)
            .GroupBy(r => r.UnitId)
            .Select(g => new UnitReturnCounts(g.Key,
                g.Count(),
                g.Count(r => r.Status == ReturnStatus.Approved || r.Status == ReturnStatus.DisputeUpheld),
                g.Count(r => r.Status == ReturnStatus.Refused || r.Status == ReturnStatus.DisputeRejected),
                g.Count(r => r.DisputedAtUtc != null || r.Status == ReturnStatus.Disputed || r.Status == ReturnStatus.DisputeUpheld
                    || r.Status == ReturnStatus.DisputeRejected)))
            .ToListAsync(cancellationToken);
        return rows
            .OrderBy(c => c.UnitId)
            .ToList();
    }

    /// <summary>One unit's return requests applied for in [fromUtc, toUtc), by the same rules as <see cref="ReturnCountsAsync"/>, so a list adds up to its count.</summary>
    public async Task<IReadOnlyList<ReturnRequestFact>> ReturnsOfUnitAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Returns.AsNoTracking()
            .Where(r => r.UnitId == unitId && r.AppliedAtUtc >= fromUtc && r.AppliedAtUtc < toUtc)
            .OrderBy(r => r.AppliedAtUtc)
            .Select(r => new { r.CaseId, r.UnitId, r.AppliedAtUtc, r.Reason, r.Status })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new ReturnRequestFact(r.CaseId, r.UnitId, r.AppliedAtUtc, r.Reason,
                r.Status is ReturnStatus.Approved or ReturnStatus.DisputeUpheld, r.Status is ReturnStatus.Refused or ReturnStatus.DisputeRejected,
                r.Status.Label()))
            .ToList();
    }
}
