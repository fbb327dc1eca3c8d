namespace Hotline.Handling.Contracts;

/// <summary>A reply as submitted and decided (主办单位答复; rejected drafts included, the archive keeps the whole process).</summary>
public sealed record ReplyFact(
    Guid ReplyId,
    Guid AssignmentId,
    Guid UnitId,
    int Round,
    ReplyResult Result,
    string Text,
    bool CallerDeclinedCallback,
    DateTime SubmittedAtUtc,
    string SubmittedBy,
    string Status,
    DateTime? DecidedAtUtc,
    string? DecidedBy,
    string? DecisionNote);

/// <summary>An extension request (延期申请) and its decision.</summary>
public sealed record ExtensionFact(
    Guid ExtensionId,
    Guid AssignmentId,
    Guid UnitId,
    string Reason,
    string Measures,
    DateTime CurrentDueUtc,
    DateTime RequestedDueUtc,
    DateTime RequestedAtUtc,
    string RequestedBy,
    string Status,
    DateTime? DecidedAtUtc,
    string? DecidedBy,
    string? DecisionNote);

/// <summary>A file a unit attached to a note or reply, with the SHA-256 it is stored under.</summary>
public sealed record HandlingAttachmentFact(Guid AssignmentId, string FileName, string ContentType, long Size, string Sha256, DateTime UploadedAtUtc, string UploadedBy);

/// <summary>Everything Handling keeps of a case's handling, for the archive record. No access check: never for display.</summary>
public sealed record HandlingRecordFacts(
    IReadOnlyList<ReplyFact> Replies,
    IReadOnlyList<ExtensionFact> Extensions,
    IReadOnlyList<HandlingAttachmentFact> Attachments);

public interface IHandlingRecordFacts
{
    Task<HandlingRecordFacts> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default);
}
