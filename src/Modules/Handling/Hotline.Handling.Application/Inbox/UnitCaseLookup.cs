using Hotline.Intake.Contracts;
using Hotline.Platform.Slots;

namespace Hotline.Handling.Inbox;

/// <summary>
/// The header search for member-unit staff, over their unit's own assignments (a manager's also over its sub-units'),
/// closed ones included: a full case number, its tail (at least 4 digits), or words of the case. It opens the
/// assignment page, the unit's place to work on the case. Other units' cases are never found.
/// </summary>
internal sealed class UnitCaseLookup(IDbContextFactory<HandlingDbContext> contexts, HandlingAccess access, ICaseTextSearch caseText)
    : ICaseLookup
{
    private const int MaxHits = 10;

    /// <summary>
    /// Words are matched by Intake's case index, newest cases first, in slices that grow (a unit on most cases finds its
    /// hits in the first), up to 20,000 cases: a unit on none of a common word's newest 20,000 cases finds nothing by it.
    /// </summary>
    private static readonly int[] Slices = [500, 1_500, 3_000, 5_000, 10_000];

    /// <summary>Case ids per query of the unit's assignments.</summary>
    private const int IdsPerQuery = 1_000;

    public async Task<IReadOnlyList<CaseLookupHit>> FindAsync(string text, CancellationToken cancellationToken)
    {
        if (!await access.Gate.IsInAnyRoleAsync(HandlingAccess.UnitRoles))
            return [];
        var (_, unitId, tree) = await access.UnitScopeAsync(cancellationToken);
        IReadOnlyList<Guid> units = await access.Gate.IsInAnyRoleAsync(HotlineRoles.UnitManager) ? tree : [unitId];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var mine = db.Assignments.AsNoTracking().Where(a => units.Contains(a.UnitId));
        var upper = text.ToUpperInvariant();

        var rows = CaseLookups.IsFullNumber(upper) ? await FirstAsync(mine.Where(a => a.CaseNumber == upper), unitId, cancellationToken)
            : CaseLookups.IsNumberTail(upper) ? await FirstAsync(mine.Where(a => a.CaseNumber.EndsWith(upper)), unitId, cancellationToken)
            : text.Length >= 2 ? await ByWordsAsync(mine, text, unitId, cancellationToken)
            : [];
        return rows.Select(a => new CaseLookupHit(a.CaseNumber, CaseLookups.Shorten(a.Summary), $"/unit/assignments/{a.Id}",
            a.CaseNumber == upper, a.UnitId == unitId ? "本单位" : "下级单位")).ToList();
    }

    /// <summary>
    /// The unit's assignments on the newest cases with the words: the case index names the cases slice by slice and the
    /// unit's own rows are read by case id, so a word is never searched with <c>LIKE</c> over hundreds of thousands of
    /// assignments — except while the index is first built after a start.
    /// </summary>
    private async Task<List<Found>> ByWordsAsync(IQueryable<HandlingAssignment> mine, string words, Guid unitId,
        CancellationToken cancellationToken)
    {
        var found = new List<Found>();
        var skip = 0;
        foreach (var slice in Slices)
        {
            var ids = await caseText.NewestMatchingAsync(words, skip, slice, cancellationToken);
            if (ids is null)
                return await FirstAsync(mine.Where(a => a.Summary.Contains(words)), unitId, cancellationToken);
            foreach (var chunk in ids.Chunk(IdsPerQuery))
            {
                found.AddRange(await FirstAsync(mine.Where(a => chunk.Contains(a.CaseId)), unitId, cancellationToken));
                if (found.Count >= MaxHits)
                    return found.Take(MaxHits).ToList();
            }
            if (ids.Count < slice)
                break;
            skip += slice;
        }
        return found;
    }

    private static Task<List<Found>> FirstAsync(IQueryable<HandlingAssignment> found, Guid unitId, CancellationToken cancellationToken) =>
        found.OrderByDescending(a => a.UnitId == unitId).ThenByDescending(a => a.DispatchedAtUtc).Take(MaxHits)
            .Select(a => new Found(a.Id, a.CaseNumber, a.Summary, a.UnitId)).ToListAsync(cancellationToken);

    private sealed record Found(Guid Id, string CaseNumber, string Summary, Guid UnitId);
}
