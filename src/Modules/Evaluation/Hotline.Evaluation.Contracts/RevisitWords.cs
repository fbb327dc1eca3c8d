namespace Hotline.Evaluation.Contracts;

/// <summary>
/// The caller's own words in a revisit's flow-sheet step: kept after a marker, so that a viewer who must not read them
/// (a unit shielded from the caller, see Intake's CallerShield) gets the step without them, on a live case's
/// timeline and on an archived record's alike.
/// </summary>
public static class RevisitWords
{
    /// <summary>Separates the caller's own words in a timeline detail.</summary>
    public const string Marker = "\n诉求人意见：";

    /// <summary>The detail followed by the caller's words, if any.</summary>
    public static string? With(string? detail, string? words) =>
        words is null ? detail : (detail ?? "") + Marker + words;

    /// <summary>The detail without the caller's words, for viewers who must not read them.</summary>
    public static string? Without(string? detail)
    {
        if (detail is null)
            return null;
        var at = detail.IndexOf(Marker, StringComparison.Ordinal);
        return at < 0 ? detail : at == 0 ? null : detail[..at];
    }
}
