using Hotline.Handling.CoOpinions;
using Hotline.Handling.Extensions;
using Hotline.Handling.Replies;

namespace Hotline.Handling.CasePanel;

internal sealed record PanelContact(DateTime AtUtc, ContactMethod Method, bool Reached, string? Note, bool IsResultNotice, string RecordedBy);

internal sealed record PanelAttachment(Guid Id, string FileName, long Size);

internal sealed record PanelNote(DateTime AtUtc, string By, string Text, IReadOnlyList<PanelAttachment> Attachments);

/// <summary>One unit's assignment on the case's 办理情况 panel, with everything it did.</summary>
internal sealed record PanelAssignment(
    Guid Id,
    Guid UnitId,
    string UnitName,
    AssignmentRole Role,
    string? ParentUnitName,
    HandlingStatus Status,
    DateTime DispatchedAtUtc,
    DateTime SignForDueUtc,
    DateTime? SignedAtUtc,
    string? SignedBy,
    bool SignedLate,
    DateTime FirstContactDueUtc,
    DateTime? FirstContactAtUtc,
    bool? ContactedOnTime,
    DateTime CompletionDueUtc,
    bool Extended,
    DateTime? RepliedAtUtc,
    bool? RepliedOnTime,
    int RedoRound,
    string? RedoReason,
    DateTime? ProceedWithoutOpinionsAtUtc,
    string? ProceedWithoutOpinionsReason,
    IReadOnlyList<PanelContact> Contacts,
    IReadOnlyList<PanelNote> Notes,
    IReadOnlyList<ExtensionRow> Extensions,
    CoOpinionRow? Opinion,
    IReadOnlyList<ReplyRow> Replies,
    IReadOnlyList<PanelAttachment> ReplyAttachments);

/// <param name="CanRecordCenterContact">Agents, dispatchers and supervisors may record the center's contact for a lead unit that may not see the caller.</param>
internal sealed record CasePanelView(bool IsCenter, bool CanRecordCenterContact, IReadOnlyList<PanelAssignment> Assignments);
