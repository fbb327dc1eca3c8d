namespace Hotline.Intake.Decisions;

/// <summary>What the agent decides about a request (issue: accept, answer, refuse, transfer, invalid, merge).</summary>
internal abstract record IntakeDecision
{
    /// <summary>
    /// A call refused, transferred to an emergency line or found invalid leaves no matter for a unit to handle, so its
    /// registration needs no leaf category, no township and no minimum content (a note such as 无声电话 will do).
    /// </summary>
    public bool LeavesNoMatter => this is NotAccept or EmergencyTransfer or Invalid;

    public sealed record Accept : IntakeDecision;

    /// <summary>直接答复: answered from the knowledge base or policy on the spot; the article cited when answered from one.</summary>
    public sealed record AnswerOnSpot(string Answer, KnowledgeCitation? Article = null) : IntakeDecision
    {
        /// <summary>短信发送答复内容: a mobile caller's SMS carries the answer instead of the plain registration SMS.</summary>
        public bool SmsAnswer { get; init; }
    }

    /// <summary>不予受理 with a reason code, the basis cited and where the caller was told to go.</summary>
    public sealed record NotAccept(string ReasonCode, string Basis, string Guidance) : IntakeDecision;

    public sealed record EmergencyTransfer(EmergencyLine Line, DateTime TransferredAtUtc) : IntakeDecision;

    /// <summary>骚扰/无实质内容.</summary>
    public sealed record Invalid(string Note) : IntakeDecision;

    /// <summary>并单 into an open case: the caller gets that case's number.</summary>
    public sealed record MergeInto(Guid TargetCaseId) : IntakeDecision;
}
