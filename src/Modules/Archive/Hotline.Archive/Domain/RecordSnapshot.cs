namespace Hotline.Archive.Domain;

/// <summary>
/// What an archive record holds, assembled once from the modules' contracts at archiving time and then only read:
/// the record view and the printed record render this, never live data. Names are resolved to text when archived,
/// so a unit renamed later does not change an old record. The caller is kept as stored; masking is at display.
/// </summary>
internal sealed record RecordSnapshot
{
    public const int CurrentSchema = 1;

    public int Schema { get; init; } = CurrentSchema;
    public required SnapshotCase Case { get; init; }
    public required SnapshotCaller Caller { get; init; }
    public required SnapshotAcceptance Acceptance { get; init; }
    public required IReadOnlyList<SnapshotAssignment> Assignments { get; init; }
    public required IReadOnlyList<SnapshotReply> Replies { get; init; }
    public required IReadOnlyList<SnapshotExtension> Extensions { get; init; }
    public required IReadOnlyList<SnapshotRevisit> Revisits { get; init; }
    public required IReadOnlyList<SnapshotFollowUp> FollowUps { get; init; }
    public required SnapshotClosing Closing { get; init; }
    public required IReadOnlyList<SnapshotStep> Timeline { get; init; }
    public required IReadOnlyList<SnapshotAttachment> Attachments { get; init; }
}

internal sealed record SnapshotCase(
    Guid CaseId, string Number, string RequestTypeCode, string RequestType, Guid CategoryId, string Category, Guid AreaId, string Area,
    string Address, string Content, string Channel, string Urgency, bool Confidential, string? SubjectUnit, DateTime RegisteredAtUtc);

internal sealed record SnapshotCaller(string Name, string? Phone, bool Anonymous);

internal sealed record SnapshotAcceptance(string? RegisteredBy, string? Decision, DateTime? DecidedAtUtc, string? DecidedBy, string? DecisionText);

internal sealed record SnapshotAssignment(Guid AssignmentId, string Unit, string Role, bool SubAssignment, DateTime DispatchedAtUtc,
    DateTime CompletionDueUtc, bool Active);

internal sealed record SnapshotReply(int Round, string Unit, string Result, string Text, bool CallerDeclinedCallback, DateTime SubmittedAtUtc,
    string SubmittedBy, string Review, DateTime? DecidedAtUtc, string? DecidedBy, string? DecisionNote);

internal sealed record SnapshotExtension(string Unit, string Reason, string Measures, DateTime CurrentDueUtc, DateTime RequestedDueUtc,
    DateTime RequestedAtUtc, string RequestedBy, string Decision, DateTime? DecidedAtUtc, string? DecidedBy, string? DecisionNote);

internal sealed record SnapshotRevisit(int Round, string Channel, string Reach, bool? Resolved, string? IntakeRating, string? HandlingRating,
    string? CallerWords, DateTime AtUtc, string By);

internal sealed record SnapshotFollowUp(int Round, string Cause, string Why, string? Instructions, string Decision, DateTime AtUtc, string By,
    string? SupervisorDecision, string? SupervisorNote, DateTime? SupervisorDecidedAtUtc, string? SupervisorDecidedBy);

internal sealed record SnapshotClosing(string Outcome, string? IntakeRating, string? HandlingRating, bool? Resolved, string? LeadUnit,
    int RedoRounds, DateTime ClosedAtUtc);

internal sealed record SnapshotStep(DateTime AtUtc, string Stage, string Action, string Actor, string? Unit, string? Detail, DateTime? DueUtc, bool? OnTime);

internal sealed record SnapshotAttachment(string Source, string FileName, string ContentType, long Size, string? Sha256, DateTime UploadedAtUtc, string UploadedBy);
