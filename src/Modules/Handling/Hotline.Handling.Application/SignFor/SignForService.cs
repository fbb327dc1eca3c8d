namespace Hotline.Handling.SignFor;

/// <summary>签收: the unit takes the assignment on; a sign-for after the 8-hour limit is marked late.</summary>
internal sealed class SignForService(IDbContextFactory<HandlingDbContext> contexts, HandlingAccess access, HandlingLive live, TimeProvider clock)
{
    public async Task SignForAsync(Guid assignmentId, Guid versionSeen, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (a, actor, _) = await access.ForUnitAsync(db, assignmentId, HandlingAccess.UnitRoles, cancellationToken: cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var signed = a.SignFor(now, actor.UserName);
        if (signed.Redo)
            RecordRedoSignFor(db, a, actor, now);
        else
            RecordFirstSignFor(db, a, actor, now, signed.Late);

        db.Entry(a).Property(x => x.Version).OriginalValue = versionSeen;
        await live.PublishAfterSaveAsync(db, [a.UnitId], cancellationToken);
        await db.SaveOrConflictAsync("该工单已被他人签收或处理，请刷新后查看。", cancellationToken);
    }

    private void RecordFirstSignFor(HandlingDbContext db, HandlingAssignment a, Actor actor, DateTime now, bool late)
    {
        db.AddTimeline(a, actor, now, late ? "签收（超时）" : "签收", null, a.SignForDueUtc, !late);
        db.Audit(actor, clock, "签收工单", "Assignment", a.CaseNumber, late ? $"超时签收，时限 {ChinaTime.Format(a.SignForDueUtc)}" : null);
        db.Publish(new AssignmentSigned(a.Id, a.CaseId, a.UnitId, a.IsLead, now, late), clock);
    }

    // A redo is taken on again, but the first sign-for stays the one measured against the dispatch.
    private void RecordRedoSignFor(HandlingDbContext db, HandlingAssignment a, Actor actor, DateTime now)
    {
        db.AddTimeline(a, actor, now, "签收重办", a.RedoReason, a.CompletionDueUtc);
        db.Audit(actor, clock, "签收重办工单", "Assignment", a.CaseNumber, $"第 {a.RedoRound} 次重办");
    }
}
