using System.Text.RegularExpressions;
using Hotline.Platform.Slots;

namespace Hotline.Intake.CaseSearch;

/// <summary>
/// The header search for center roles, over every case: a full number, the tail of a number (at least 4 digits),
/// a caller's query code (matched against the hashes of the last year's cases, so it is never stored in clear),
/// or words of the content or address (through the case index, as the case list's keyword). Member units get nothing
/// here; their own lookup is Handling's.
/// </summary>
internal sealed partial class CenterCaseLookup(
    IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access, ICaseTextSearch words, TimeProvider clock) : ICaseLookup
{
    private const int MaxHits = 10;
    private static readonly TimeSpan QueryCodeWindow = TimeSpan.FromDays(366);

    public async Task<IReadOnlyList<CaseLookupHit>> FindAsync(string text, CancellationToken cancellationToken)
    {
        if (!await access.IsInAnyRoleAsync(IntakeAccess.CenterReaders))
            return [];
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = db.Cases.AsNoTracking();
        var upper = text.ToUpperInvariant();
        var found = new List<IntakeCase>();

        if (CaseLookups.IsFullNumber(upper))
            found.AddRange(await cases.Where(c => c.Number == upper).ToListAsync(cancellationToken));
        else if (CaseLookups.IsNumberTail(upper))
            found.AddRange(await cases.Where(c => c.Number.EndsWith(upper)).OrderByDescending(c => c.RegisteredAtUtc)
                .Take(MaxHits).ToListAsync(cancellationToken));
        if (QueryCodeShape().IsMatch(upper))
            found.AddRange(await ByQueryCodeAsync(cases, upper, cancellationToken));
        // Only punctuation finds nothing here (the case list says why instead).
        if (found.Count == 0 && text.Length >= 2 && text.Any(char.IsLetterOrDigit) && CaseQueries.NormalizedKeyword(text) is { } keyword)
            found.AddRange(await ByWordsAsync(cases, keyword, cancellationToken));

        return found.DistinctBy(c => c.Id).Take(MaxHits)
            .Select(c => new CaseLookupHit(c.Number, CaseLookups.Shorten(c.Content), $"/cases/{c.Id}", c.Number == upper, "工单"))
            .ToList();
    }

    /// <summary>The newest cases with the words: from the case index; while it is first built at start, by reading the table.</summary>
    private async Task<IReadOnlyList<IntakeCase>> ByWordsAsync(IQueryable<IntakeCase> cases, string keyword, CancellationToken cancellationToken)
    {
        if (await words.NewestMatchingAsync(keyword, 0, MaxHits, cancellationToken) is not { } ids)
            return await cases.Where(c => c.Content.Contains(keyword) || c.Address.Contains(keyword))
                .OrderByDescending(c => c.RegisteredAtUtc).Take(MaxHits).ToListAsync(cancellationToken);
        var rows = await cases.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return ids.Where(rows.ContainsKey).Select(id => rows[id]).ToList();
    }

    private async Task<IReadOnlyList<IntakeCase>> ByQueryCodeAsync(IQueryable<IntakeCase> cases, string code, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime - QueryCodeWindow;
        var candidates = await cases.Where(c => c.QueryCodeHash != null && c.RegisteredAtUtc >= since)
            .Select(c => new { c.Id, c.Number, c.QueryCodeHash }).ToListAsync(cancellationToken);
        var ids = candidates.Where(c => QueryCode.Matches(c.Number, code, c.QueryCodeHash)).Select(c => c.Id).ToList();
        return ids.Count == 0 ? [] : await cases.Where(c => ids.Contains(c.Id)).ToListAsync(cancellationToken);
    }

    [GeneratedRegex("^[23456789ABCDEFGHJKLMNPQRSTUVWXYZ]{6}$")]
    private static partial Regex QueryCodeShape();
}
