namespace Hotline.Evaluation.Domain;

/// <summary>An Evaluation step on the case's flow sheet: revisits, ratings, follow-ups, redo, closing.</summary>
internal sealed class EvaluationTimelineEntry
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public DateTime AtUtc { get; set; }
    public string Actor { get; set; } = "";
    public string Action { get; set; } = "";
    public string? Detail { get; set; }
    public DateTime? DueUtc { get; set; }
    public bool? OnTime { get; set; }
}
