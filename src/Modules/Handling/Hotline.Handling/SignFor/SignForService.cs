using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform;
using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Hotline.Handling.Shared;

namespace Hotline.Handling.SignFor;

/// <summary>签收: the unit takes the assignment on; a sign-for after the 8-hour limit is marked late.</summary>
internal sealed class SignForService(IDbContextFactory<HandlingDbContext> contexts, HandlingAccess access, HandlingLive live, TimeProvider clock)
{
    public async Task SignForAsync(Guid assignmentId, Guid versionSeen, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (a, actor, _) = await access.ForUnitAsync(db, assignmentId, HandlingAccess.UnitRoles, cancellationToken: cancellationToken);
        HandlingRules.RequireOpen(a);
        var now = clock.GetUtcNow().UtcDateTime;
        if (a.Status is HandlingStatus.Redo)
            SignForRedo(db, a, actor, now);
        else if (a.Status is HandlingStatus.AwaitingSignFor)
            SignForFirst(db, a, actor, now);
        else
            throw new BusinessRuleException("该工单已签收。");

        db.Entry(a).Property(x => x.Version).OriginalValue = versionSeen;
        await live.PublishAfterSaveAsync(db, [a.UnitId], cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            throw new BusinessRuleException("该工单已被他人签收或处理，请刷新后查看。");
        }
    }

    private void SignForFirst(HandlingDbContext db, HandlingAssignment a, Actor actor, DateTime now)
    {
        var late = now > a.SignForDueUtc;
        a.SignedAtUtc = now;
        a.SignedBy = actor.UserName;
        a.SignedLate = late;
        a.Status = HandlingStatus.InHandling;
        db.AddTimeline(a, actor, now, late ? "签收（超时）" : "签收", null, a.SignForDueUtc, !late);
        db.Audit(actor, clock, "签收工单", "Assignment", a.CaseNumber, late ? $"超时签收，时限 {ChinaTime.Format(a.SignForDueUtc)}" : null);
        db.Publish(new AssignmentSigned(a.Id, a.CaseId, a.UnitId, a.IsLead, now, late), clock);
    }

    // A redo is taken on again, but the first sign-for stays the one measured against the dispatch.
    private void SignForRedo(HandlingDbContext db, HandlingAssignment a, Actor actor, DateTime now)
    {
        a.Status = HandlingStatus.InHandling;
        db.AddTimeline(a, actor, now, "签收重办", a.RedoReason, a.CompletionDueUtc);
        db.Audit(actor, clock, "签收重办工单", "Assignment", a.CaseNumber, $"第 {a.RedoRound} 次重办");
    }
}
