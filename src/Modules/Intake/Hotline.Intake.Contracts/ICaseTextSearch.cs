namespace Hotline.Intake.Contracts;

/// <summary>
/// Words in cases' content or address, answered by Intake's case index, for another module's search within the cases
/// it already holds (a unit's assignments): it gets case ids only, newest registration first, and keeps what it may show.
/// </summary>
public interface ICaseTextSearch
{
    /// <summary>
    /// One slice of the matching cases' ids, newest registration first; empty when the words hold nothing searchable
    /// (only punctuation); null while the index is first built after a start, when the caller searches its own text.
    /// </summary>
    Task<IReadOnlyList<Guid>?> NewestMatchingAsync(string words, int skip, int take, CancellationToken cancellationToken = default);
}
