namespace Hotline.Knowledge.Usage;

/// <summary>
/// One center user's 有用/没用 on one published version of an article (知识评价). One row per article, version and user,
/// held by a unique index: voting again changes the row, two clicks at once never make two, and a new version starts
/// with no votes, since the text they judged has changed.
/// </summary>
internal sealed class ArticleVote
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid ArticleId { get; set; }
    public int VersionNumber { get; set; }
    public string VoterUserId { get; set; } = "";
    public bool Helpful { get; set; }
    public DateTime VotedAtUtc { get; set; }
}
