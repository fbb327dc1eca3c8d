using Hotline.Platform.Persistence;
using Hotline.Platform.Rules;

namespace Hotline.Intake.Domain;

/// <summary>
/// 工单: the case as registered at intake, with the acceptance decision. A new case waits for its
/// decision (待受理); the decision methods below are the only way out of that state, and the later
/// steps only mirror what other modules report (see <see cref="IntakeCaseProgress"/>).
/// </summary>
internal sealed partial class IntakeCase : IVersioned
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string Number { get; set; } = "";
    public CaseStatus Status { get; private set; }
    public Channel Channel { get; set; }
    public RequestTypeCode RequestType { get; set; }
    public Guid CategoryId { get; set; }
    public Guid AreaId { get; set; }
    public string Address { get; set; } = "";
    public string Content { get; set; } = "";
    public Urgency Urgency { get; set; }

    public string CallerName { get; set; } = "";
    public bool IsAnonymous { get; set; }
    public string? CallerPhone { get; set; }

    /// <summary>保密: the caller asked that handling units never see who they are.</summary>
    public bool IsConfidential { get; set; }

    /// <summary>The member unit a complaint or report is about; that unit never sees the complainant.</summary>
    public Guid? SubjectUnitId { get; set; }

    /// <summary>承办单位: the lead unit of the latest dispatch, for connected systems that list a unit's cases.</summary>
    public Guid? LeadUnitId { get; private set; }

    /// <summary>重复诉求: the same caller, category and area as a case closed in the last 90 days.</summary>
    public Guid? RepeatOfCaseId { get; set; }

    /// <summary>For 已并单 cases: the open case this one was merged into.</summary>
    public Guid? MergedIntoCaseId { get; private set; }

    /// <summary>SHA-256 of the caller's query code for online progress lookup; the code itself is only sent to the caller.</summary>
    public string? QueryCodeHash { get; set; }

    /// <summary>The phone system's id of the call this case was registered from (来电弹屏), so the call and the case find each other.</summary>
    public string? CallId { get; set; }

    /// <summary>通话时长, once the phone system reported the call's end.</summary>
    public int? CallDurationSeconds { get; private set; }

    public void RecordCallDuration(int seconds) => CallDurationSeconds = seconds;

    public DateTime RegisteredAtUtc { get; set; }
    public string? RegisteredBy { get; set; }
    public string? RegisteredByUserId { get; set; }

    public string? DecisionReasonCode { get; private set; }
    public string? DecisionText { get; private set; }
    public string? DecisionBasis { get; private set; }
    public string? DecisionGuidance { get; private set; }
    public EmergencyLine? EmergencyLine { get; private set; }
    public DateTime? DecidedAtUtc { get; private set; }
    public string? DecidedBy { get; private set; }

    /// <summary>When the case was closed, at intake or after evaluation; repeat detection looks back from here.</summary>
    public DateTime? ClosedAtUtc { get; private set; }

    public Guid Version { get; set; }
}
