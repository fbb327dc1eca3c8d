namespace Hotline.Evaluation.Domain;

/// <summary>A single-use online rating link; only the SHA-256 of its token is stored.</summary>
internal sealed class RatingLink
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public int Round { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; set; }
    public DateTime? UsedAtUtc { get; set; }
    public string CreatedBy { get; set; } = "";
}
