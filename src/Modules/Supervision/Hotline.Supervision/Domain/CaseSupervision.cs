using Hotline.Platform.Persistence;
using Hotline.Platform.Rules;

namespace Hotline.Supervision.Domain;

/// <summary>
/// One supervision (督办) of one unit, usually about one case: it starts at a level, can only go up, waits for the unit's
/// response and ends when the Supervisor accepts it. Every change leaves a step, so the history is the record.
/// </summary>
internal sealed class CaseSupervision : IVersioned
{
    public const int MaxProblemLength = 2000;
    public const int MaxRequirementLength = 10000;
    public const int MaxResponseLength = 4000;
    public const int MaxInstructionLength = 2000;
    public const int MaxCommentLength = 1000;

    public static readonly DomainRule OnlyUpwards = new("Supervision.Escalate.OnlyUpwards", "002 第二十二条",
        "督办只能逐级提升：该督办已是此级别或更高级别。");
    public static readonly DomainRule OpenToEscalate = new("Supervision.Escalate.OnlyOpen", "002 第二十二条",
        "该督办已办结或撤销，不能再升级。");
    public static readonly DomainRule OpenToRespond = new("Supervision.Respond.OnlyOpen", "002 第二十二条",
        "该督办不在待回复状态，不能回复。");
    public static readonly DomainRule RespondedToReview = new("Supervision.Review.OnlyResponded", "002 第二十二条",
        "该督办还没有单位回复，不能审核。");
    public static readonly DomainRule OpenToWithdraw = new("Supervision.Withdraw.OnlyOpen", "002 第二十二条",
        "该督办已办结或撤销。");
    public static readonly DomainRule DueInFuture = new("Supervision.ResponseDue.Future", "设置：督办回复期限",
        "回复期限必须晚于当前时间。");
    public static readonly DomainRule InstructionOnLeaderLevel = new("Supervision.Instruction.LeaderLevel", "000（挂牌督办、领导批示）",
        "只有进行中的领导督办才能录入领导批示。");
    public static readonly DomainRule InstructionOnce = new("Supervision.Instruction.Once", "000（挂牌督办、领导批示）",
        "该督办已录入领导批示。");

    private readonly List<SupervisionStep> _steps = [];

    private CaseSupervision() { }

    public Guid Id { get; private set; }
    public Guid? CaseId { get; private set; }
    public string CaseNumber { get; private set; } = "";
    public Guid? AssignmentId { get; private set; }
    public Guid UnitId { get; private set; }
    public Guid? KnowledgeGapId { get; private set; }
    /// <summary>The case's area and matter category when it was supervised, for the workbench's filters.</summary>
    public Guid? AreaId { get; private set; }
    public Guid? CategoryId { get; private set; }
    public SupervisionLevel Level { get; private set; }
    public SupervisionTrigger Trigger { get; private set; }
    public WatchedDeadlineKind? DeadlineKind { get; private set; }
    public SupervisionStatus Status { get; private set; }
    public string Problem { get; private set; } = "";
    public string Requirement { get; private set; } = "";
    public DateTime ResponseDueUtc { get; private set; }
    public int? NoticeYear { get; private set; }
    public int? NoticeSerial { get; private set; }
    public string? LeaderInstruction { get; private set; }
    public string IssuedByName { get; private set; } = "";
    public DateTime IssuedAtUtc { get; private set; }
    public DateTime RaisedAtUtc { get; private set; }
    public string? Response { get; private set; }
    public string? RespondedByName { get; private set; }
    public DateTime? RespondedAtUtc { get; private set; }
    public bool RespondedLate { get; private set; }
    public string? ReviewComment { get; private set; }
    public DateTime? ClosedAtUtc { get; private set; }
    public Guid Version { get; set; }

    public IReadOnlyList<SupervisionStep> Steps => _steps;

    public bool IsOpen => Status is SupervisionStatus.Open or SupervisionStatus.Responded;

    /// <summary>督〔2026〕第12号, once the supervision reached the written level.</summary>
    public string? NoticeNumber => NoticeSerial is { } n ? SupervisionText.NoticeNumber(NoticeYear!.Value, n) : null;

    public bool IsLate(DateTime nowUtc) => Status == SupervisionStatus.Open && nowUtc > ResponseDueUtc;

    /// <param name="instruction">领导批示, required when the supervision starts at the leader's level.</param>
    public static CaseSupervision Open(SupervisionSubject subject, SupervisionLevel level, SupervisionTrigger trigger,
        string problem, string requirement, DateTime responseDueUtc, string issuedBy, DateTime nowUtc, string? instruction = null)
    {
        DueInFuture.Require(responseDueUtc > nowUtc);
        var supervision = new CaseSupervision
        {
            Id = Guid.CreateVersion7(),
            CaseId = subject.CaseId,
            CaseNumber = subject.CaseNumber,
            AssignmentId = subject.AssignmentId,
            UnitId = subject.UnitId,
            KnowledgeGapId = subject.KnowledgeGapId,
            AreaId = subject.AreaId,
            CategoryId = subject.CategoryId,
            DeadlineKind = subject.DeadlineKind,
            Level = level,
            Trigger = trigger,
            Status = SupervisionStatus.Open,
            Problem = RequiredText.Of(problem, "督办事由", MaxProblemLength, formField: "problem"),
            Requirement = RequiredText.Of(requirement, "督办要求", MaxRequirementLength, formField: "requirement"),
            ResponseDueUtc = responseDueUtc,
            IssuedByName = issuedBy,
            IssuedAtUtc = nowUtc,
            RaisedAtUtc = nowUtc,
            LeaderInstruction = level == SupervisionLevel.Leader
                ? RequiredText.Of(instruction, "领导批示", MaxInstructionLength, formField: "instruction")
                : null,
        };
        supervision.Step(nowUtc, issuedBy, $"发起{SupervisionText.Level(level)}", supervision.Problem);
        return supervision;
    }

    /// <summary>Raises the level (提醒 → 书面 → 领导); a new response deadline runs from now.</summary>
    /// <param name="instruction">
    /// 领导批示, required when a Supervisor raises to the leader's level; the escalation rules raise without one (no leader
    /// has spoken yet), and it is recorded later with <see cref="RecordInstruction"/>.
    /// </param>
    public void Escalate(SupervisionLevel to, string? requirement, string? instruction, DateTime responseDueUtc, string actor, DateTime nowUtc,
        bool byRule = false)
    {
        OpenToEscalate.Require(IsOpen);
        OnlyUpwards.Require(to > Level);
        DueInFuture.Require(responseDueUtc > nowUtc);
        if (!string.IsNullOrWhiteSpace(requirement))
            Requirement = RequiredText.Of(requirement, "督办要求", MaxRequirementLength, formField: "requirement");
        if (to == SupervisionLevel.Leader && !(byRule && string.IsNullOrWhiteSpace(instruction)))
            LeaderInstruction = RequiredText.Of(instruction, "领导批示", MaxInstructionLength, formField: "instruction");
        Level = to;
        Status = SupervisionStatus.Open;
        ResponseDueUtc = responseDueUtc;
        RaisedAtUtc = nowUtc;
        Step(nowUtc, actor, $"升级为{SupervisionText.Level(to)}",
            to != SupervisionLevel.Leader ? null : LeaderInstruction ?? "逾期未回复，按督办升级规则提请县政府办公室挂牌督办，待录入领导批示。");
    }

    /// <summary>The leader's 批示 on a supervision raised to the leader's level by the rules, recorded once it is given.</summary>
    public void RecordInstruction(string instruction, string actor, DateTime nowUtc)
    {
        InstructionOnLeaderLevel.Require(Level == SupervisionLevel.Leader && IsOpen);
        InstructionOnce.Require(LeaderInstruction is null);
        LeaderInstruction = RequiredText.Of(instruction, "领导批示", MaxInstructionLength, formField: "instruction");
        Step(nowUtc, actor, "录入领导批示", LeaderInstruction);
    }

    /// <summary>The written notice's number, given once when the supervision first reaches the written level.</summary>
    public void Number(int year, int serial)
    {
        if (NoticeSerial is null)
            (NoticeYear, NoticeSerial) = (year, serial);
    }

    public void Respond(string response, string actor, DateTime nowUtc)
    {
        OpenToRespond.Require(Status == SupervisionStatus.Open);
        Response = RequiredText.Of(response, "回复内容（措施及结果）", MaxResponseLength, minLength: 5, formField: "response");
        RespondedByName = actor;
        RespondedAtUtc = nowUtc;
        RespondedLate = nowUtc > ResponseDueUtc;
        Status = SupervisionStatus.Responded;
        Step(nowUtc, actor, RespondedLate ? "单位回复（逾期）" : "单位回复", Response);
    }

    public void Accept(string? comment, string actor, DateTime nowUtc)
    {
        RespondedToReview.Require(Status == SupervisionStatus.Responded);
        ReviewComment = RequiredText.Optional(comment, "审核意见", MaxCommentLength);
        Status = SupervisionStatus.Accepted;
        ClosedAtUtc = nowUtc;
        Step(nowUtc, actor, "回复通过，督办办结", ReviewComment);
    }

    /// <summary>The response is not enough: the unit answers again by the new deadline.</summary>
    public void SendBack(string comment, DateTime responseDueUtc, string actor, DateTime nowUtc)
    {
        RespondedToReview.Require(Status == SupervisionStatus.Responded);
        DueInFuture.Require(responseDueUtc > nowUtc);
        ReviewComment = RequiredText.Of(comment, "退回理由", MaxCommentLength, formField: "comment");
        Status = SupervisionStatus.Open;
        ResponseDueUtc = responseDueUtc;
        Step(nowUtc, actor, "回复退回", ReviewComment);
    }

    public void Withdraw(string reason, string actor, DateTime nowUtc)
    {
        OpenToWithdraw.Require(IsOpen);
        var why = RequiredText.Of(reason, "撤销理由", MaxCommentLength, formField: "comment");
        Status = SupervisionStatus.Withdrawn;
        ClosedAtUtc = nowUtc;
        Step(nowUtc, actor, "撤销督办", why);
    }

    private void Step(DateTime atUtc, string actor, string action, string? text) =>
        _steps.Add(new SupervisionStep(Id, atUtc, actor, action, text));
}

/// <summary>What is supervised: a unit, usually on one case's assignment, or on a knowledge gap it did not fix.</summary>
internal sealed record SupervisionSubject(Guid UnitId, Guid? CaseId = null, string CaseNumber = "", Guid? AssignmentId = null,
    WatchedDeadlineKind? DeadlineKind = null, Guid? KnowledgeGapId = null, Guid? AreaId = null, Guid? CategoryId = null);
