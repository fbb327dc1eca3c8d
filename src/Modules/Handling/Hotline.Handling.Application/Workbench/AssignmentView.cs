using Hotline.Platform.Catalog;
using Hotline.Handling.Deadlines;

namespace Hotline.Handling.Workbench;

/// <summary>One assignment as its unit (or a parent unit, or the center) sees it, with what the viewer may do now.</summary>
internal sealed record AssignmentView(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    Guid UnitId,
    string UnitName,
    AssignmentRole Role,
    bool IsSubAssignment,
    RequestTypeCode RequestType,
    string Summary,
    string? DispatchNote,
    HandlingStatus Status,
    DateTime DispatchedAtUtc,
    DeadlineState SignFor,
    DeadlineState? FirstContact,
    DeadlineState Completion,
    DateTime? SignedAtUtc,
    string? SignedBy,
    bool SignedLate,
    DateTime? FirstContactAtUtc,
    bool CallerReachable,
    bool IdentityWithheld,
    bool Extended,
    int RedoRound,
    string? RedoReason,
    bool IsOwnUnit,
    Guid Version)
{
    public bool IsReadOnly => !IsOwnUnit || Status is HandlingStatus.Ended or HandlingStatus.Closed;
    public bool CanSignFor => !IsReadOnly && Status is HandlingStatus.AwaitingSignFor or HandlingStatus.Redo;
    public bool ContactRequired => Role == AssignmentRole.Lead && CallerReachable;
    public bool IsWorking => !IsReadOnly && Status is not (HandlingStatus.AwaitingSignFor or HandlingStatus.Redo);
    public bool CanContact => IsWorking && Role == AssignmentRole.Lead && !IdentityWithheld;
    public bool CanRequestCenterContact => IsWorking && Role == AssignmentRole.Lead && IdentityWithheld;
}

internal sealed record ContactRow(Guid Id, DateTime ContactedAtUtc, ContactMethod Method, bool Reached, string? Note, bool IsResultNotice,
    DateTime RecordedAtUtc, string RecordedBy, bool IsFirst);

internal sealed record AttachmentRow(Guid Id, string FileName, long Size);

internal sealed record NoteRow(Guid Id, DateTime AtUtc, string By, string Text, IReadOnlyList<AttachmentRow> Attachments);
