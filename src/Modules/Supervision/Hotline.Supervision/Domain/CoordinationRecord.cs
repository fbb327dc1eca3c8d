using Hotline.Platform.Rules;

namespace Hotline.Supervision.Domain;

/// <summary>约谈提醒 with a unit's leaders, or 专题协调 of a matter several units dispute (000; 002 art. 23).</summary>
internal enum CoordinationKind
{
    Interview = 1,
    Coordination = 2,
}

/// <summary>
/// The record of one interview reminder or coordination meeting: who met when, what was decided and which unit leads.
/// Kept as written; a correction is a new record.
/// </summary>
internal sealed class CoordinationRecord
{
    public const int MaxSubjectLength = 200;
    public const int MaxParticipantsLength = 1000;
    public const int MaxDecisionsLength = 10000;

    private CoordinationRecord() { }

    public Guid Id { get; private set; }
    public CoordinationKind Kind { get; private set; }
    public string Subject { get; private set; } = "";
    public string? CaseNumber { get; private set; }
    public DateTime HeldAtUtc { get; private set; }
    public string Participants { get; private set; } = "";
    public string Decisions { get; private set; } = "";
    public Guid? LeadUnitId { get; private set; }
    public string RecordedByName { get; private set; } = "";
    public DateTime RecordedAtUtc { get; private set; }

    public static CoordinationRecord Write(CoordinationKind kind, string subject, string? caseNumber, DateTime heldAtUtc, string participants,
        string decisions, Guid? leadUnitId, string recordedBy, DateTime nowUtc)
    {
        if (heldAtUtc > nowUtc.AddDays(1))
            throw new Hotline.Platform.BusinessRuleException("会议时间不能晚于今天：请在会后记录。", "heldAt");
        if (kind == CoordinationKind.Coordination && leadUnitId is null)
            throw new Hotline.Platform.BusinessRuleException("专题协调须明确牵头单位。", "leadUnit");
        return new CoordinationRecord
        {
            Id = Guid.CreateVersion7(),
            Kind = kind,
            Subject = RequiredText.Of(subject, "议题", MaxSubjectLength, formField: "subject"),
            CaseNumber = RequiredText.Optional(caseNumber, "工单号", 40),
            HeldAtUtc = heldAtUtc,
            Participants = RequiredText.Of(participants, "参加人员", MaxParticipantsLength, formField: "participants"),
            Decisions = RequiredText.Of(decisions, "议定事项", MaxDecisionsLength, formField: "decisions"),
            LeadUnitId = leadUnitId,
            RecordedByName = recordedBy,
            RecordedAtUtc = nowUtc,
        };
    }
}
