using Hotline.Platform.Messaging;

namespace Hotline.Handling.Contracts;

/// <summary>签收.</summary>
public sealed record AssignmentSigned(Guid AssignmentId, Guid CaseId, Guid UnitId, bool IsLead, DateTime SignedAtUtc, bool Late) : IntegrationEvent;

/// <summary>首次联系: the unit (or the center for it) contacted the caller.</summary>
public sealed record CallerContacted(Guid AssignmentId, Guid CaseId, Guid UnitId, DateTime ContactedAtUtc, bool OnTime) : IntegrationEvent;

/// <summary>延期申请 submitted to the center.</summary>
public sealed record ExtensionRequested(Guid ExtensionId, Guid AssignmentId, Guid CaseId, Guid UnitId, DateTime RequestedDueUtc, DateTime AtUtc) : IntegrationEvent;

/// <summary>
/// The center decided an extension; on approval the completion deadline is <c>NewDueUtc</c> and Intake
/// tells the caller the progress, the measures and the new date (002 art. 13).
/// </summary>
public sealed record ExtensionDecided(
    Guid ExtensionId,
    Guid AssignmentId,
    Guid CaseId,
    Guid UnitId,
    bool Approved,
    DateTime? NewDueUtc,
    string Measures,
    DateTime AtUtc) : IntegrationEvent;

/// <summary>A co-handling unit gave its opinion to the lead unit.</summary>
public sealed record CoOpinionSubmitted(Guid AssignmentId, Guid LeadAssignmentId, Guid CaseId, Guid UnitId, DateTime AtUtc) : IntegrationEvent;

/// <summary>
/// The lead unit's accepted reply ended handling (for this round): Evaluation revisits the caller.
/// <c>Round</c> is 0 for the first reply, 1 after the first redo, and so on.
/// </summary>
public sealed record CaseReplied(
    Guid CaseId,
    string CaseNumber,
    Guid AssignmentId,
    Guid LeadUnitId,
    Guid ReplyId,
    int Round,
    ReplyResult Result,
    string ReplyText,
    bool CallerDeclinedCallback,
    DateTime RepliedAtUtc,
    bool OnTime) : IntegrationEvent;

/// <summary>重办下达: the lead unit handles the case again and its completion deadline runs anew from now.</summary>
public sealed record RedoStarted(Guid AssignmentId, Guid CaseId, Guid UnitId, int Round, DateTime CompletionDueUtc, DateTime AtUtc) : IntegrationEvent;
