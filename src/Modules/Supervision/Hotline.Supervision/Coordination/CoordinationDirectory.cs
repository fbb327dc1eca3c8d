namespace Hotline.Supervision.Coordination;

/// <summary>Lets Dispatch cite the coordination behind a dispute decision; only the subject, time and lead unit leave.</summary>
internal sealed class CoordinationDirectory(IDbContextFactory<SupervisionDbContext> contexts) : ICoordinationRecords
{
    public async Task<CoordinationReference?> LatestForCaseAsync(string caseNumber, DateTime atUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Coordinations.AsNoTracking()
            .Where(c => c.CaseNumber == caseNumber && c.HeldAtUtc <= atUtc)
            .OrderByDescending(c => c.HeldAtUtc)
            .Select(c => new CoordinationReference(c.Id, c.Subject, c.HeldAtUtc, c.LeadUnitId))
            .FirstOrDefaultAsync(cancellationToken);
    }
}
