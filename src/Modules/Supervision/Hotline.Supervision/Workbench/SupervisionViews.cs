namespace Hotline.Supervision.Workbench;

internal sealed record SupervisionRow(
    Guid Id,
    Guid? CaseId,
    string CaseNumber,
    Guid UnitId,
    string UnitName,
    SupervisionLevel Level,
    SupervisionStatus Status,
    SupervisionTrigger Trigger,
    string Problem,
    DateTime ResponseDueUtc,
    string? NoticeNumber,
    DateTime IssuedAtUtc,
    bool Late,
    bool RespondedLate);

internal sealed record SupervisionStepView(DateTime AtUtc, string ActorName, string Action, string? Text);

internal sealed record SupervisionDetail(
    SupervisionRow Row,
    string Requirement,
    string? LeaderInstruction,
    string IssuedByName,
    string? Response,
    string? RespondedByName,
    DateTime? RespondedAtUtc,
    string? ReviewComment,
    Guid Version,
    IReadOnlyList<SupervisionStepView> Steps,
    bool CanDecide,
    bool CanRespond,
    IReadOnlyList<ResponseAttachmentView> Attachments);

internal sealed record ResponseAttachmentView(Guid Id, string FileName, long Size, DateTime UploadedAtUtc, string UploadedBy);

internal sealed record SupervisionFilter(
    SupervisionLevel? Level = null,
    SupervisionStatus? Status = null,
    bool OpenOnly = true,
    Guid? UnitId = null,
    string? CaseNumber = null,
    Guid? AreaId = null,
    Guid? CategoryId = null);

internal sealed record SupervisionPage(IReadOnlyList<SupervisionRow> Rows, int Total);

/// <summary>The workbench's live counters.</summary>
internal sealed record WorkbenchCounts(int Warned, int Overdue, int Reminders, int Notices, int Leader, int ResponsesWaiting, int LateResponses);

/// <summary>A watched deadline that is near or past, with whether a supervision already runs on it.</summary>
internal sealed record LateDeadlineRow(Guid DeadlineId, Guid CaseId, string CaseNumber, Guid UnitId, string UnitName,
    WatchedDeadlineKind Kind, DateTime DueUtc, bool Overdue, bool Supervised);
