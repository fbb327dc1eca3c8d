namespace Hotline.Intake.CaseView;

/// <summary>Read-only case summaries for other modules: no caller identity ever leaves through here.</summary>
internal sealed class CaseDirectory(IDbContextFactory<IntakeDbContext> contexts) : ICaseDirectory
{
    public async Task<CaseSummary?> GetAsync(Guid caseId, CancellationToken cancellationToken = default) =>
        (await GetManyAsync([caseId], cancellationToken)).FirstOrDefault();

    public async Task<IReadOnlyList<CaseSummary>> GetManyAsync(IEnumerable<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        var ids = caseIds.Distinct().ToList();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
        return cases.Select(ToSummary).ToList();
    }

    public async Task<IReadOnlyList<CaseSummary>> RegisteredAfterAsync(DateTime? afterUtc, int take, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var registered = db.Cases.AsNoTracking().Where(c => c.Status != CaseStatus.PendingAcceptance);
        var page = await registered.Where(c => afterUtc == null || c.RegisteredAtUtc > afterUtc)
            .OrderBy(c => c.RegisteredAtUtc).Take(take).ToListAsync(cancellationToken);
        if (page.Count == take)
        {
            var last = page[^1].RegisteredAtUtc;
            var seen = page.Where(c => c.RegisteredAtUtc == last).Select(c => c.Id).ToList();
            page.AddRange(await registered.Where(c => c.RegisteredAtUtc == last && !seen.Contains(c.Id)).ToListAsync(cancellationToken));
        }
        return page.Select(ToSummary).ToList();
    }

    internal static CaseSummary ToSummary(IntakeCase c) => new(
        c.Id, c.Number, c.Status, c.RequestType, c.CategoryId, c.AreaId, c.Address, c.Content, c.Channel, c.Urgency,
        c.IsConfidential, c.SubjectUnitId, c.RegisteredAtUtc);
}
