namespace Hotline.Evaluation.Domain;

/// <summary>A single-use online rating link; only the SHA-256 of its token is stored.</summary>
internal sealed class RatingLink
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public int Round { get; set; }
    public string TokenHash { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime ExpiresAtUtc { get; private set; }
    public DateTime? UsedAtUtc { get; private set; }
    public string CreatedBy { get; set; } = "";

    /// <summary>发送评价链接: valid for <paramref name="validHours"/> from now, for the case's current round.</summary>
    public static RatingLink Issue(Guid caseId, int round, string tokenHash, DateTime nowUtc, int validHours, string by) => new()
    {
        CaseId = caseId,
        Round = round,
        TokenHash = tokenHash,
        CreatedAtUtc = nowUtc,
        ExpiresAtUtc = nowUtc.AddHours(validHours),
        CreatedBy = by,
    };

    /// <summary>Usable once, before it expires.</summary>
    public bool IsUsable(DateTime nowUtc) => UsedAtUtc is null && ExpiresAtUtc > nowUtc;

    /// <summary>A newer link replaces this one: one live link per case.</summary>
    public void Withdraw(DateTime nowUtc)
    {
        if (IsUsable(nowUtc))
            ExpiresAtUtc = nowUtc;
    }
}
