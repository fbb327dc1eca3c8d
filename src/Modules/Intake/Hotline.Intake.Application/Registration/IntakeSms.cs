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
