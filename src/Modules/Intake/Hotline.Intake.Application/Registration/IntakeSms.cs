using Hotline.Platform.Notifications.Sms;

namespace Hotline.Intake.Registration;

/// <summary>The SMS Intake sends callers; the admin may reword them (短信网关与模板), keeping the placeholders marked required.</summary>
internal static class IntakeSms
{
    private static readonly SmsPlaceholder CaseNumber = new("caseNumber", "工单号", "QH20261125001");

    public static readonly SmsType Registered = new("intake.registered", "诉求登记",
        "【12345热线】您的诉求已登记，工单号 {caseNumber}，查询码 {queryCode}，可在网上凭工单号和查询码查询办理进度。",
        [CaseNumber, new("queryCode", "查询码（发送时填入）", "K7M2QP")])
    {
        Required = ["caseNumber"],
        Secret = "queryCode",
        Order = 10,
    };

    /// <summary>
    /// 直接答复 with the answer in the SMS (issue 14: "the caller's SMS can carry the answer"): sent instead of
    /// <see cref="Registered"/> when the agent leaves 短信发送答复内容 on. The answer is cut to
    /// <see cref="AnswerSmsLength"/> characters; the whole text is on the progress page, reached with the query code.
    /// </summary>
    public static readonly SmsType Answered = new("intake.answered", "直接答复告知",
        "【12345热线】您的诉求已当场答复（工单号 {caseNumber}）：{answer} 答复详情可在网上凭工单号和查询码 {queryCode} 查看。",
        [CaseNumber, new("answer", "答复内容（超过 " + AnswerSmsLength + " 字时截断并加“…”）", "犬只登记请携带犬只到县公安局治安大队办理，登记免费。"),
            new("queryCode", "查询码（发送时填入）", "K7M2QP")])
    {
        Required = ["caseNumber", "answer"],
        Secret = "queryCode",
        Order = 15,
    };

    /// <summary>How much of an answer an SMS carries: with the template's own text it stays within four SMS segments.</summary>
    public const int AnswerSmsLength = 120;

    /// <summary>The answer as the SMS carries it: on one line, cut to <see cref="AnswerSmsLength"/> characters with "…".</summary>
    public static string AnswerExcerpt(string answer)
    {
        var oneLine = string.Join(' ', answer.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        if (oneLine.Length <= AnswerSmsLength)
            return oneLine;
        var cut = AnswerSmsLength;
        // Never split a character outside the basic plane (rare CJK characters, emoji) into half a surrogate pair.
        if (char.IsHighSurrogate(oneLine[cut - 1]))
            cut--;
        return oneLine[..cut].TrimEnd() + "…";
    }

    public static readonly SmsType Merged = new("intake.merged", "诉求并单",
        "【12345热线】您反映的问题已有工单 {caseNumber} 正在办理，您的诉求已并入该工单一并办理。",
        [CaseNumber])
    {
        Required = ["caseNumber"],
        Order = 20,
    };

    // 002 art. 13: the caller is told the progress, the measures and the new date.
    public static readonly SmsType Extension = new("intake.extension", "办理延期告知",
        "【12345热线】您的工单 {caseNumber} 正在办理中，承办单位已采取措施：{measures}。经批准，办理期限延长至 {newDueDate}。",
        [CaseNumber, new("measures", "已采取的措施", "已安排人员现场查看"), new("newDueDate", "延长后的办理期限", "2026年12月9日")])
    {
        Required = ["caseNumber", "newDueDate"],
        Order = 30,
    };
}
