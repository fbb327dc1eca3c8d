namespace Hotline.Handling.Inbox;

internal static class AssignmentFactory
{
    /// <summary>A new assignment awaiting sign-for, carrying the case fields a unit's inbox shows without asking Intake.</summary>
    public static HandlingAssignment Open(CaseDispatched e, AssignmentTerms terms, Guid? parentAssignmentId) => new()
    {
        Id = terms.AssignmentId,
        CaseId = e.CaseId,
        CaseNumber = e.CaseNumber,
        UnitId = terms.UnitId,
        Role = terms.Role,
        ParentAssignmentId = parentAssignmentId,
        RequestType = e.RequestType,
        CategoryId = e.CategoryId,
        Summary = e.Summary.Length > 200 ? e.Summary[..200] : e.Summary,
        IsConfidential = e.IsConfidential,
        SubjectUnitId = e.SubjectUnitId,
        CallerReachable = e.CallerReachable,
        DispatchNote = Limit(e.Note),
        DispatchedAtUtc = e.DispatchedAtUtc,
        SignForDueUtc = terms.SignForDueUtc,
        FirstContactDueUtc = terms.FirstContactDueUtc,
        CompletionDueUtc = terms.CompletionDueUtc,
        CompletionWorkingDays = terms.CompletionWorkingDays,
    };

    /// <summary>A sub-unit's assignment: the parent's case fields, the sub-dispatch's own terms.</summary>
    public static HandlingAssignment Sub(HandlingAssignment parent, AssignmentSubDispatched e) => new()
    {
        Id = e.SubAssignment.AssignmentId,
        CaseId = parent.CaseId,
        CaseNumber = parent.CaseNumber,
        UnitId = e.SubAssignment.UnitId,
        Role = e.SubAssignment.Role,
        ParentAssignmentId = parent.Id,
        RequestType = parent.RequestType,
        CategoryId = parent.CategoryId,
        Summary = parent.Summary,
        IsConfidential = parent.IsConfidential,
        SubjectUnitId = parent.SubjectUnitId,
        CallerReachable = parent.CallerReachable,
        DispatchNote = Limit(e.Note),
        DispatchedAtUtc = e.AtUtc,
        SignForDueUtc = e.SubAssignment.SignForDueUtc,
        FirstContactDueUtc = e.SubAssignment.FirstContactDueUtc,
        CompletionDueUtc = e.SubAssignment.CompletionDueUtc,
        CompletionWorkingDays = e.SubAssignment.CompletionWorkingDays,
    };

    private static string? Limit(string? note) => note is { Length: > 1000 } ? note[..1000] : note;
}
