using Hotline.Integration.Gateway;

namespace Hotline.Integration.Shared;

/// <summary>A case with the names a connected system shows: category, area, lead unit, and the lead's completion deadline.</summary>
internal sealed record CaseRead(CaseListingEntry Case, CategoryInfo? Category, AreaInfo? Area, UnitInfo? LeadUnit, DateTime? CompletionDueUtc,
    IReadOnlyList<AssignmentSummary> Assignments);

/// <summary>Case reads shared by the REST API and Open311, always within what the calling client may see.</summary>
internal sealed class CaseReads(
    ICaseListing listing,
    IAssignmentDirectory assignments,
    ICategoryCatalog categories,
    IAreaDirectory areas,
    IUnitDirectory units,
    IDbContextFactory<IntegrationDbContext> contexts)
{
    public async Task<IReadOnlyList<CaseRead>> ListAsync(CaseListingQuery query, CancellationToken cancellationToken)
    {
        var page = await listing.ListAsync(query, cancellationToken);
        if (page.Count == 0)
            return [];
        var ids = page.Select(c => c.CaseId).ToList();
        var byCase = (await assignments.ForCasesAsync(ids, cancellationToken)).ToLookup(a => a.CaseId);
        var categoryNames = (await categories.GetCategoriesAsync(page.Select(c => c.CategoryId).Distinct(), cancellationToken)).ToDictionary(c => c.Id);
        var areaNames = (await areas.GetAreasAsync(page.Select(c => c.AreaId).Distinct(), cancellationToken)).ToDictionary(a => a.Id);
        var unitNames = (await units.GetUnitsAsync(page.Where(c => c.LeadUnitId is not null).Select(c => c.LeadUnitId!.Value).Distinct(), cancellationToken))
            .ToDictionary(u => u.Id);
        return page.Select(c =>
        {
            var caseAssignments = byCase[c.CaseId].ToList();
            var lead = caseAssignments.LastOrDefault(a => a.Role == AssignmentRole.Lead && a.ParentAssignmentId is null && a.IsActive)
                ?? caseAssignments.LastOrDefault(a => a.Role == AssignmentRole.Lead && a.ParentAssignmentId is null);
            return new CaseRead(c, categoryNames.GetValueOrDefault(c.CategoryId), areaNames.GetValueOrDefault(c.AreaId),
                c.LeadUnitId is { } unit ? unitNames.GetValueOrDefault(unit) : null, lead?.CompletionDueUtc, caseAssignments);
        }).ToList();
    }

    /// <summary>One case by its number, if the client may see it.</summary>
    /// <exception cref="ApiRefusal">404 for an unknown number, 403 for a case outside the client's units.</exception>
    public async Task<CaseRead> FindAsync(string number, ApiCaller caller, CancellationToken cancellationToken)
    {
        var trimmed = number.Trim().ToUpperInvariant();
        if (trimmed.Length is 0 or > 40)
            throw ApiRefusal.NotFound("工单不存在。");
        var found = (await ListAsync(new CaseListingQuery { Numbers = [trimmed], Take = 1 }, cancellationToken)).FirstOrDefault()
            ?? throw ApiRefusal.NotFound("工单不存在。");
        if (!await SeesAsync(caller, found, cancellationToken))
            throw ApiRefusal.Forbidden("该工单不属于本接入系统可查看的单位。");
        return found;
    }

    /// <summary>A client sees a case one of its units handles (lead, co-handling or sub-unit) or a request it created itself.</summary>
    public async Task<bool> SeesAsync(ApiCaller caller, CaseRead read, CancellationToken cancellationToken)
    {
        if (caller.VisibleUnits is null || caller.SeesAny(read.Assignments.Select(a => a.UnitId)))
            return true;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Submissions.AnyAsync(s => s.CaseId == read.Case.CaseId && s.ClientId == caller.ClientId, cancellationToken);
    }
}
