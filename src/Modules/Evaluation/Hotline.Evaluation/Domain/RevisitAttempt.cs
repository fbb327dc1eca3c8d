using Hotline.Evaluation.Contracts;

namespace Hotline.Evaluation.Domain;

internal enum ReachResult
{
    /// <summary>接通.</summary>
    Reached,
    /// <summary>未接通.</summary>
    NotReached,
    /// <summary>拒绝评价.</summary>
    RefusedToRate,
}

internal enum RevisitChannel
{
    Phone,
    Online,
    Sms,
}

/// <summary>回访记录: one attempt to reach the caller, with the ratings when reached.</summary>
internal sealed class RevisitAttempt
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid CaseId { get; set; }
    public int Round { get; set; }
    public RevisitChannel Channel { get; set; }
    public ReachResult Reach { get; set; }
    public bool? Resolved { get; set; }
    public Rating? IntakeRating { get; set; }
    public Rating? HandlingRating { get; set; }
    public string? CallerWords { get; set; }
    public DateTime AtUtc { get; set; }
    public string By { get; set; } = "";
}
