using System.Text.RegularExpressions;

namespace Hotline.Platform.Slots;

/// <summary>A case the header search found: where the signed-in user opens it, and whether the text was its exact number.</summary>
public sealed record CaseLookupHit(string CaseNumber, string Summary, string Href, bool ExactNumber, string Source);

/// <summary>
/// A module's answer to the header search (工单号 full or its tail, 查询码, words of the content). Each lookup applies
/// its own role and unit scope and answers nothing to a user outside it, so the search box shows only what the user
/// could open anyway.
/// </summary>
public interface ICaseLookup
{
    Task<IReadOnlyList<CaseLookupHit>> FindAsync(string text, CancellationToken cancellationToken);
}

/// <summary>Asks every module's lookup and merges the answers: exact numbers first, one row per target.</summary>
public sealed partial class CaseLookups(IEnumerable<ICaseLookup> lookups)
{
    public const int MaxLength = 100;

    public async Task<IReadOnlyList<CaseLookupHit>> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        var query = Normalize(text);
        if (query.Length == 0)
            return [];
        var hits = new List<CaseLookupHit>();
        foreach (var lookup in lookups)
            hits.AddRange(await lookup.FindAsync(query, cancellationToken));
        return hits.DistinctBy(h => h.Href)
            .OrderByDescending(h => h.ExactNumber).ThenByDescending(h => h.CaseNumber, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>The one case to open directly: the text was its full number and nothing else carries it.</summary>
    public static CaseLookupHit? Direct(IReadOnlyList<CaseLookupHit> hits) =>
        hits.Where(h => h.ExactNumber).ToList() is [var only] ? only : null;

    /// <summary>A whole case number: the prefix (a setting, QH by default), then the date and the sequence.</summary>
    public static bool IsFullNumber(string upperText) => FullNumber().IsMatch(upperText);

    /// <summary>The tail of a case number as a caller reads it out: at least four digits.</summary>
    public static bool IsNumberTail(string text) => NumberTail().IsMatch(text);

    /// <summary>A hit's one-line summary.</summary>
    public static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    [GeneratedRegex(@"^[A-Z]{1,8}\d{8,}$")]
    private static partial Regex FullNumber();

    [GeneratedRegex(@"^\d{4,}$")]
    private static partial Regex NumberTail();

    /// <summary>Trimmed, without control characters, at most <see cref="MaxLength"/> characters.</summary>
    public static string Normalize(string? text)
    {
        var kept = new string((text ?? "").Where(c => !char.IsControl(c)).ToArray()).Trim();
        return kept.Length > MaxLength ? kept[..MaxLength] : kept;
    }
}

public static class CaseLookupRegistration
{
    public static IServiceCollection AddCaseLookup<TLookup>(this IServiceCollection services) where TLookup : class, ICaseLookup
    {
        services.AddScoped<ICaseLookup, TLookup>();
        return services;
    }
}
