using Hotline.Platform.Rules;

namespace Hotline.Intake.Domain;

/// <summary>The acceptance decision (002 第十二条): taken once, on a case that waits for it.</summary>
internal sealed partial class IntakeCase
{
    public static readonly DomainRule DecideOnlyWhilePending = new("Intake.Decide.OnlyWhilePending", "002 第十二条",
        "工单当前无需再作受理决定。");
    public static readonly DomainRule MergeNotIntoItself = new("Intake.Merge.NotIntoItself", "002 第二章 不予受理（四）",
        "不能把工单并入它自己。");
    public static readonly DomainRule MergeOnlyIntoOpenCase = new("Intake.Merge.OnlyIntoOpenCase", "002 第二章 不予受理（四）",
        "要并入的工单已结束，不能再并单，请作为新诉求登记。");

    public const int AnswerMaxLength = 2000;
    public const int BasisMaxLength = 1000;
    public const int GuidanceMaxLength = 1000;

    /// <summary>Refuses a second decision, naming the case and where it stands.</summary>
    public void RequireAwaitingDecision()
    {
        if (Status != CaseStatus.PendingAcceptance)
            throw DecideOnlyWhilePending.Violated($"工单 {Number} 当前状态为“{Status.DisplayName()}”，无需再作受理决定。");
    }

    /// <summary>A case that other requests about the same problem may still join.</summary>
    public void RequireOpenForMerge()
    {
        if (!Status.IsOpen())
            throw MergeOnlyIntoOpenCase.Violated($"工单 {Number} 已结束（{Status.DisplayName()}），不能再并单，请作为新诉求登记。");
    }

    /// <summary>受理: the case waits for dispatch.</summary>
    public void Accept(DateTime atUtc, string by)
    {
        Decide(CaseStatus.Accepted, atUtc, by);
    }

    /// <summary>直接答复 (002 第十二条): answered on the spot and closed at intake.</summary>
    /// <returns>The trimmed answer.</returns>
    public string AnswerOnSpot(string? answer, DateTime atUtc, string by)
    {
        RequireAwaitingDecision();
        var text = RequiredText.Of(answer, "答复内容", AnswerMaxLength);
        CloseAtIntake(CaseStatus.AnsweredAtIntake, atUtc, by);
        DecisionText = text;
        return text;
    }

    /// <summary>不予受理 (002 第二章): with its reason, the basis cited, and where the caller was told to go.</summary>
    public void RefuseAcceptance(string reasonCode, string? basis, string? guidance, DateTime atUtc, string by)
    {
        RequireAwaitingDecision();
        var cited = RequiredText.Of(basis, "不予受理的依据", BasisMaxLength);
        var told = RequiredText.Of(guidance, "告知诉求人的办理途径（可向哪个部门反映）", GuidanceMaxLength);
        CloseAtIntake(CaseStatus.NotAccepted, atUtc, by);
        DecisionReasonCode = reasonCode;
        DecisionBasis = cited;
        DecisionGuidance = told;
    }

    /// <summary>紧急转接 110/119/120/122 (001): transferred at once.</summary>
    public void TransferToEmergencyLine(EmergencyLine line, DateTime atUtc, string by)
    {
        CloseAtIntake(CaseStatus.EmergencyTransferred, atUtc, by);
        EmergencyLine = line;
    }

    /// <summary>无效来电: harassment or no substantive content (002 第二章).</summary>
    /// <returns>The trimmed note, or null.</returns>
    public string? MarkInvalid(string? note, DateTime atUtc, string by)
    {
        CloseAtIntake(CaseStatus.Invalid, atUtc, by);
        DecisionText = note?.Trim();
        return DecisionText;
    }

    /// <summary>并单: this waiting case joins <paramref name="target"/>, which must still be open.</summary>
    public void MergeInto(IntakeCase target, DateTime atUtc, string by)
    {
        RequireAwaitingDecision();
        MergeNotIntoItself.Require(target.Id != Id);
        target.RequireOpenForMerge();
        CloseAtIntake(CaseStatus.Merged, atUtc, by);
        MergedIntoCaseId = target.Id;
    }

    private void CloseAtIntake(CaseStatus status, DateTime atUtc, string by)
    {
        Decide(status, atUtc, by);
        ClosedAtUtc = atUtc;
    }

    private void Decide(CaseStatus status, DateTime atUtc, string by)
    {
        RequireAwaitingDecision();
        Status = status;
        DecidedAtUtc = atUtc;
        DecidedBy = by;
    }
}
