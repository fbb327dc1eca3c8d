namespace Hotline.Handling.Domain;

/// <summary>协办意见: a co-handling unit's opinion to the lead unit, which replies for all (主办负责制, 002 第十二条㈢).</summary>
internal sealed class CoOpinion
{
    public static readonly DomainRule ToActiveLead = new("Handling.CoOpinion.ToActiveLead", "002 第十二条㈢",
        "该工单暂无主办单位，请稍后再提交协办意见。");

    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid AssignmentId { get; set; }
    public Guid LeadAssignmentId { get; set; }
    public Guid CaseId { get; set; }
    public Guid UnitId { get; set; }
    public string Text { get; set; } = "";
    public DateTime SubmittedAtUtc { get; set; }
    public string SubmittedBy { get; set; } = "";

    /// <summary>The co-unit gives its opinion to the lead; its own assignment counts as replied.</summary>
    public static CoOpinion Give(HandlingAssignment coAssignment, HandlingAssignment? lead, string text, string by, DateTime nowUtc)
    {
        ToActiveLead.Require(lead is not null);
        coAssignment.GiveOpinion(nowUtc);
        return new CoOpinion
        {
            AssignmentId = coAssignment.Id,
            LeadAssignmentId = lead!.Id,
            CaseId = coAssignment.CaseId,
            UnitId = coAssignment.UnitId,
            Text = text,
            SubmittedAtUtc = nowUtc,
            SubmittedBy = by,
        };
    }
}
