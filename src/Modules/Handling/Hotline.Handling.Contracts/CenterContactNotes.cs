namespace Hotline.Handling.Contracts;

/// <summary>
/// The center contacts the caller for a unit that may not see them, and its note is about the caller: a unit
/// shielded from the caller (the shared rule) reads that the contact happened and whether it reached the caller,
/// never the center's note. The unit's own words (its request to the center, its result notice) stay readable.
/// Used on a live case's timeline and on an archived record a unit borrows alike.
/// </summary>
public static class CenterContactNotes
{
    public const string Withheld = "（中心联系情况已保密）";

    private static readonly string Marker = "联系诉求人（" + ContactMethod.ViaCenter.DisplayName();

    /// <summary>A contact's note as the viewer may read it.</summary>
    public static string? Shown(ContactMethod method, bool isResultNotice, string? note, bool shielded) =>
        shielded && method == ContactMethod.ViaCenter && !isResultNotice && note is not null ? Withheld : note;

    /// <summary>A flow-sheet step's detail as the viewer may read it (the center's contact steps carry its note).</summary>
    public static string? ShownStep(string action, string? detail, bool shielded) =>
        shielded && detail is not null && action.Contains(Marker, StringComparison.Ordinal) ? Withheld : detail;
}
