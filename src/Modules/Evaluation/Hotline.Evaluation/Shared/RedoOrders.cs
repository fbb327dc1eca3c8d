namespace Hotline.Evaluation.Shared;

/// <summary>发回重办 and 提交督办: the two ways a dissatisfied case stays open, shared by the agent's follow-up and the supervisor's decision.</summary>
internal static class RedoOrders
{
    public static void RequestRedo(this EvaluationDbContext db, RevisitCase c, string reason, Actor actor, TimeProvider clock)
    {
        var assignmentId = c.SendBackForRedo();
        var now = clock.GetUtcNow().UtcDateTime;
        db.Publish(new RedoRequested(c.CaseId, c.CaseNumber, assignmentId, c.Round + 1, reason, now), clock);
        db.Step(c.CaseId, actor, clock, "发回重办", $"第 {c.Round + 1} 次重办；{reason}");
        db.Audit(actor, clock, "发回重办", "Case", c.CaseNumber, reason);
    }

    public static void ToSupervisor(this EvaluationDbContext db, RevisitCase c, string why, Actor actor, TimeProvider clock)
    {
        c.ReferToSupervisor();
        db.Step(c.CaseId, actor, clock, "提交督办员决定", why);
        db.Audit(actor, clock, "提交督办员决定", "Case", c.CaseNumber, why);
    }
}
