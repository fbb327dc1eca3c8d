namespace Hotline.Evaluation.Figures;

/// <summary>
/// An assignment's first contact with the caller, as Handling's CallerContacted told it: 响应率 counts a rated case
/// whose lead assignment reached the caller within the limit, without asking Handling for a year of case ids.
/// </summary>
internal sealed class FirstContact
{
    public Guid AssignmentId { get; init; }
    public Guid CaseId { get; init; }
    public bool OnTime { get; init; }
}
