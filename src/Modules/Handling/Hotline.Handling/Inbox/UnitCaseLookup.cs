using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Handling.Shared;
using Hotline.Platform.Identity;
using Hotline.Platform.Slots;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Handling.Inbox;

/// <summary>
/// The header search for member-unit staff, over their unit's own assignments (a manager's also over its sub-units'),
/// closed ones included: a full case number, its tail (at least 4 digits), or words of the summary. It opens the
/// assignment page, the unit's place to work on the case. Other units' cases are never found.
/// </summary>
internal sealed class UnitCaseLookup(IDbContextFactory<HandlingDbContext> contexts, HandlingAccess access) : ICaseLookup
{
    private const int MaxHits = 10;

    public async Task<IReadOnlyList<CaseLookupHit>> FindAsync(string text, CancellationToken cancellationToken)
    {
        if (!await access.Gate.IsInAnyRoleAsync(HandlingAccess.UnitRoles))
            return [];
        var (_, unitId, tree) = await access.UnitScopeAsync(cancellationToken);
        IReadOnlyList<Guid> units = await access.Gate.IsInAnyRoleAsync(HotlineRoles.UnitManager) ? tree : [unitId];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Assignments.AsNoTracking().Where(a => units.Contains(a.UnitId));
        var upper = text.ToUpperInvariant();

        IQueryable<HandlingAssignment> found =
            CaseLookups.IsFullNumber(upper) ? mine.Where(a => a.CaseNumber == upper)
            : CaseLookups.IsNumberTail(upper) ? mine.Where(a => a.CaseNumber.EndsWith(upper))
            : text.Length >= 2 ? mine.Where(a => a.Summary.Contains(text))
            : mine.Where(_ => false);
        var rows = await found.OrderByDescending(a => a.UnitId == unitId).ThenByDescending(a => a.DispatchedAtUtc)
            .Take(MaxHits).ToListAsync(cancellationToken);
        return rows.Select(a => new CaseLookupHit(a.CaseNumber, CaseLookups.Shorten(a.Summary), $"/unit/assignments/{a.Id}",
            a.CaseNumber == upper, a.UnitId == unitId ? "本单位" : "下级单位")).ToList();
    }
}
