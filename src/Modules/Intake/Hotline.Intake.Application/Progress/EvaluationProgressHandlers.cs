using Hotline.Evaluation.Contracts;
using Hotline.Platform.Messaging;

namespace Hotline.Intake.Progress;

/// <summary>发回重办: the lead unit handles the case again.</summary>
internal sealed class OnRedoRequested(IntakeDbContext db, TimeProvider clock) : InboxEventHandler<RedoRequested, IntakeDbContext>(db, clock)
{
    protected override async Task ApplyAsync(RedoRequested e, CancellationToken cancellationToken)
    {
        // Evaluation orders each round of a case once.
        var fact = $"redo:{e.Round}";
        if (await Context.OpenCaseForAsync(e.CaseId, fact, cancellationToken) is not { } c)
            return;
        var publicText = c.AwaitsDispatch ? "根据您的回访意见，工单已发回重办，正在重新派单" : "根据您的回访意见，工单已发回承办单位重新办理";
        Context.Step(c.RecordRedo(), c, fact, e.AtUtc, "发回重办", e.Reason, publicText);
    }
}

/// <summary>办结 after evaluation. Cases closed at intake keep their intake outcome; only the closing time is recorded there.</summary>
internal sealed class OnCaseClosed(IntakeDbContext db, TimeProvider clock) : InboxEventHandler<CaseClosed, IntakeDbContext>(db, clock)
{
    protected override async Task ApplyAsync(CaseClosed e, CancellationToken cancellationToken)
    {
        // A case closes once (closed is final, so a copy also finds it no longer open).
        const string fact = "closed";
        if (await Context.OpenCaseForAsync(e.CaseId, fact, cancellationToken) is not { } c)
            return;
        Context.Step(c.RecordClosed(e.ClosedAtUtc), c, fact, e.ClosedAtUtc, "办结", e.Outcome.DisplayName(), "工单已办结，感谢您的支持");
    }
}
