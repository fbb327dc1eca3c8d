namespace Hotline.Handling.CoOpinions;

/// <summary>Reads shared by the opinion and reply services: a case's co-handling units and its current lead.</summary>
internal static class CoOpinionReads
{
    /// <summary>The co-handling assignments of the case (not sub-units' ones) with their opinions, ended ones included.</summary>
    public static async Task<IReadOnlyList<(HandlingAssignment Assignment, CoOpinion? Opinion)>> CoUnitsAsync(
        HandlingDbContext db, Guid caseId, CancellationToken cancellationToken)
    {
        var coAssignments = await db.Assignments.AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Role == AssignmentRole.CoHandling && a.ParentAssignmentId == null)
            .OrderBy(a => a.DispatchedAtUtc).ToListAsync(cancellationToken);
        var ids = coAssignments.Select(a => a.Id).ToList();
        var opinions = await db.CoOpinions.AsNoTracking().Where(o => ids.Contains(o.AssignmentId)).ToListAsync(cancellationToken);
        return coAssignments.Select(a => (a, opinions.FirstOrDefault(o => o.AssignmentId == a.Id))).ToList();
    }

    public static CoGateResult Gate(IEnumerable<(HandlingAssignment Assignment, CoOpinion? Opinion)> coUnits, HandlingAssignment lead, DateTime nowUtc) =>
        CoOpinionGate.Evaluate(
            coUnits.Select(c => new CoUnitStanding(c.Assignment.Id, c.Assignment.UnitId, c.Assignment.Status == HandlingStatus.Ended,
                c.Opinion is not null, c.Assignment.CompletionDueUtc)),
            nowUtc,
            lead.ProceedWithoutOpinionsAtUtc is not null);

    /// <summary>The case's active lead assignment, to which co-units give their opinions.</summary>
    public static Task<HandlingAssignment?> ActiveLeadAsync(HandlingDbContext db, Guid caseId, CancellationToken cancellationToken) =>
        db.Assignments.AsNoTracking()
            .Where(a => a.CaseId == caseId && a.Role == AssignmentRole.Lead && a.ParentAssignmentId == null && a.Status != HandlingStatus.Ended)
            .OrderByDescending(a => a.DispatchedAtUtc).FirstOrDefaultAsync(cancellationToken);
}
