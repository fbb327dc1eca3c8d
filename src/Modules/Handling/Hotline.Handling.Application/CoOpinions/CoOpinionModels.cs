namespace Hotline.Handling.CoOpinions;

/// <summary>A co-handling unit's opinion, or its due time while it is missing.</summary>
internal sealed record CoOpinionRow(
    Guid AssignmentId,
    Guid UnitId,
    string UnitName,
    bool Ended,
    DateTime DueUtc,
    bool Overdue,
    string? Text,
    DateTime? SubmittedAtUtc,
    string? SubmittedBy);

/// <summary>
/// The co-handling part of an assignment page. A co-unit sees the lead's unit and its own opinion
/// (or the form); the lead sees every co-unit, the gate on its reply and its decision to proceed.
/// </summary>
internal sealed record CoOpinionsView(
    Guid AssignmentId,
    Guid AssignmentVersion,
    bool IsCoHandling,
    bool IsLead,
    bool CanAct,
    int MinLength,
    string? LeadUnitName,
    CoOpinionRow? Own,
    string? SubmitRefusal,
    IReadOnlyList<CoOpinionRow> CoUnits,
    CoGateResult? Gate,
    DateTime? ProceedAtUtc,
    string? ProceedBy,
    string? ProceedReason);
