using Hotline.Platform.Time;

namespace Hotline.Intake.Decisions;

/// <summary>What the agent has filled in for each decision; turned into an <see cref="IntakeDecision"/> on save.</summary>
public sealed class DecisionState
{
    public DecisionKind Kind { get; set; } = DecisionKind.Accept;
    public string? Answer { get; set; }

    /// <summary>Set by "answer from this article"; kept while the agent edits the text, which still rests on the article.</summary>
    public KnowledgeCitation? Article { get; set; }

    /// <summary>短信发送答复内容: on by default; only a mobile caller can receive it (the registration checks the number).</summary>
    public bool SmsAnswer { get; set; } = true;
    public string? ReasonCode { get; set; }
    public string? Basis { get; set; }
    public string? Guidance { get; set; }
    public EmergencyLine Line { get; set; } = EmergencyLine.Police110;
    public string? InvalidNote { get; set; }

    /// <summary>See <see cref="IntakeDecision.LeavesNoMatter"/>: the form then offers parent categories and the county itself.</summary>
    public bool LeavesNoMatter => Kind is DecisionKind.NotAccept or DecisionKind.Emergency or DecisionKind.Invalid;

    internal IntakeDecision ToDecision(TimeProvider clock) => Kind switch
    {
        DecisionKind.Answer => new IntakeDecision.AnswerOnSpot(Answer ?? "", Article) { SmsAnswer = SmsAnswer },
        DecisionKind.NotAccept => new IntakeDecision.NotAccept(ReasonCode ?? "", Basis ?? "", Guidance ?? ""),
        DecisionKind.Emergency => new IntakeDecision.EmergencyTransfer(Line, clock.GetUtcNow().UtcDateTime),
        DecisionKind.Invalid => new IntakeDecision.Invalid(InvalidNote ?? ""),
        _ => new IntakeDecision.Accept(),
    };

    public static string Label(DecisionKind kind) => kind switch
    {
        DecisionKind.Answer => "直接答复",
        DecisionKind.NotAccept => "不予受理",
        DecisionKind.Emergency => "紧急转接",
        DecisionKind.Invalid => "无效来电",
        _ => "受理",
    };
}
