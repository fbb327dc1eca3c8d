namespace Hotline.Intake.CaseView;

internal sealed class CaseStatistics(IDbContextFactory<IntakeDbContext> contexts) : ICaseStatistics
{
    public async Task<IReadOnlyDictionary<Guid, int>> PerCategoryAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking()
            .Where(c => c.RegisteredAtUtc >= fromUtc && c.RegisteredAtUtc < toUtc && c.Status != CaseStatus.PendingAcceptance)
            .GroupBy(c => c.CategoryId).Select(g => new { g.Key, Cases = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Cases, cancellationToken);
    }
}
