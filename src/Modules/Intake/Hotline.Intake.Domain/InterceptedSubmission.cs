namespace Hotline.Intake.Domain;

/// <summary>An online submission refused by the word list, kept for the center to review (001).</summary>
internal sealed class InterceptedSubmission
{
    public long Id { get; set; }
    public DateTime AtUtc { get; set; }
    public string? IpAddress { get; set; }
    public string? Phone { get; set; }
    public string Content { get; set; } = "";
    public string MatchedWord { get; set; } = "";
}
