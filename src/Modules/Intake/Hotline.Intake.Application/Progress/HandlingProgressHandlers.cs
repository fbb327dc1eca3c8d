using Hotline.Handling.Contracts;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;
using Hotline.Platform.Notifications.Sms;
using Hotline.Platform.Time;

namespace Hotline.Intake.Progress;

/// <summary>The lead unit signed for the case: it is being handled.</summary>
internal sealed class OnAssignmentSigned(IntakeDbContext db, TimeProvider clock) : InboxEventHandler<AssignmentSigned, IntakeDbContext>(db, clock)
{
    protected override async Task ApplyAsync(AssignmentSigned e, CancellationToken cancellationToken)
    {
        // Only an assignment's first sign-for is published (a redo's is not): the assignment names it.
        var fact = $"signed:{e.AssignmentId}";
        if (!e.IsLead || await Context.OpenCaseForAsync(e.CaseId, fact, cancellationToken) is not { } c)
            return;
        Context.Step(c.RecordSignedByLead(), c, fact, e.SignedAtUtc, "承办单位签收", e.Late ? "逾期签收" : "按时签收", "承办单位已签收，正在办理");
    }
}

/// <summary>The lead unit replied: the case waits for the revisit.</summary>
internal sealed class OnCaseReplied(IntakeDbContext db, TimeProvider clock) : InboxEventHandler<CaseReplied, IntakeDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CaseReplied e, CancellationToken cancellationToken)
    {
        var fact = $"replied:{e.ReplyId}";
        if (await Context.OpenCaseForAsync(e.CaseId, fact, cancellationToken) is not { } c)
            return;
        Context.Step(c.RecordReply(), c, fact, e.RepliedAtUtc, e.Round == 0 ? "承办单位答复" : "重办答复",
            e.Result.DisplayName(), "承办单位已答复，热线将回访您的意见");
    }
}

/// <summary>
/// An approved extension: the caller is told the progress, the measures and the new date (002 art. 13),
/// by SMS when a phone was left, and on the progress lookup in any case.
/// </summary>
internal sealed class OnExtensionDecided(IntakeDbContext db, SmsTemplates smsTemplates, TimeProvider clock)
    : InboxEventHandler<ExtensionDecided, IntakeDbContext>(db, clock)
{
    protected override async Task ApplyAsync(ExtensionDecided e, CancellationToken cancellationToken)
    {
        // The caller is told of an extension once, on the progress lookup and by SMS alike.
        var fact = $"extended:{e.ExtensionId}";
        if (!e.Approved || e.NewDueUtc is not { } due || await Context.OpenCaseForAsync(e.CaseId, fact, cancellationToken) is not { } c)
            return;
        var date = ChinaTime.ToChina(due).AddMinutes(-1).ToString("yyyy年M月d日");
        var text = $"您的工单 {c.Number} 正在办理中，承办单位已采取措施：{e.Measures}。经批准，办理期限延长至 {date}。";
        Context.AddTimeline(c.Id, new Hotline.Platform.Auditing.Actor(null, "系统", null), e.AtUtc, "延期告知", text, text, fact);
        if (!string.IsNullOrWhiteSpace(c.CallerPhone))
        {
            var sms = await smsTemplates.RenderAsync(Registration.IntakeSms.Extension.Key, new Dictionary<string, string>
            {
                ["caseNumber"] = c.Number, ["measures"] = e.Measures, ["newDueDate"] = date,
            }, cancellationToken);
            Context.QueueNotification(NotificationChannel.Sms, c.CallerPhone, Registration.IntakeSms.Extension.Name, sms, Clock);
        }
    }
}
