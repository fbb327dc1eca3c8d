using Hotline.Platform.Notifications;

namespace Hotline.Handling.Contact;

/// <summary>
/// 联系诉求人: the lead unit's contacts with the caller, the 24-hour first-contact limit (met by the first
/// contact that reached the caller), and the center's contact for units that may not see the caller.
/// </summary>
internal sealed class ContactService(
    IDbContextFactory<HandlingDbContext> contexts,
    HandlingAccess access,
    HandlingLive live,
    IStaffDirectory directory,
    IUnitDirectory unitDirectory,
    TimeProvider clock)
{
    public const int NoteMax = 1000;

    /// <summary>A contact by the unit itself (phone, SMS, visit, other).</summary>
    public async Task RecordAsync(Guid assignmentId, ContactInput input, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (a, actor, unitId) = await access.ForUnitAsync(db, assignmentId, HandlingAccess.UnitRoles, cancellationToken: cancellationToken);
        HandlingRules.RequireSigned(a);
        if (a.Role != AssignmentRole.Lead)
            throw new BusinessRuleException("协办单位无需联系诉求人，请将协办意见提交主办单位。");
        if (await HandlingRules.IdentityWithheldFromAsync(unitDirectory, a, unitId, cancellationToken))
            throw new BusinessRuleException("诉求人身份已保密，请通过中心联系。");
        if (input.Method == ContactMethod.ViaCenter)
            throw new BusinessRuleException("“由中心代为联系”只能由中心登记。");
        await AddContactAsync(db, a, actor, input, cancellationToken);
    }

    /// <summary>The center's contact on the unit's behalf (confidential cases, complaints about the unit), recorded from the case panel.</summary>
    public async Task RecordCenterContactAsync(Guid assignmentId, DateTime contactedAtUtc, bool reached, string? note, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (a, actor) = await access.LoadForCenterAsync(db, assignmentId, HandlingAccess.CenterContactRoles, cancellationToken);
        HandlingRules.RequireOpen(a);
        if (a.Role != AssignmentRole.Lead)
            throw new BusinessRuleException("只有主办单位的工单需要联系诉求人。");
        await AddContactAsync(db, a, actor, new ContactInput(contactedAtUtc, ContactMethod.ViaCenter, reached, note), cancellationToken);
    }

    /// <summary>
    /// 请中心代为联系: the unit may not see the caller, so it asks the center; the request goes on the flow
    /// sheet and to every dispatcher's in-app messages.
    /// </summary>
    public async Task RequestCenterContactAsync(Guid assignmentId, string? message, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (a, actor, unitId) = await access.ForUnitAsync(db, assignmentId, HandlingAccess.UnitRoles, cancellationToken: cancellationToken);
        HandlingRules.RequireSigned(a);
        if (!await HandlingRules.IdentityWithheldFromAsync(unitDirectory, a, unitId, cancellationToken))
            throw new BusinessRuleException("本工单可直接联系诉求人，无需中心代为联系。");
        var text = HandlingRules.Trimmed(message, NoteMax, "联系事项");
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddTimeline(a, actor, now, "请中心代为联系诉求人", text);
        db.Audit(actor, clock, "请中心代为联系", "Assignment", a.CaseNumber, text);
        foreach (var dispatcher in await directory.EnabledInRoleAsync(HotlineRoles.Dispatcher, cancellationToken))
        {
            db.QueueNotification(NotificationChannel.InApp, dispatcher, $"请代为联系诉求人：工单 {a.CaseNumber}",
                $"承办单位无法直接联系诉求人（身份保密），请中心代为联系并在工单办理面板登记结果。{text}", clock, $"/cases/{a.CaseId}");
        }
        await live.PublishAfterSaveAsync(db, [a.UnitId], cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddContactAsync(HandlingDbContext db, HandlingAssignment a, Actor actor, ContactInput input, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        // No time given: the form's own proposal left untouched, i.e. "now", the moment of saving.
        var given = input.ContactedAtUtc is { } proposed ? DateTime.SpecifyKind(proposed, DateTimeKind.Utc) : now;
        var at = CallerContact.RequireTime(a, given, now);
        var note = HandlingRules.Trimmed(input.Note, NoteMax, "联系情况", CallerContact.Fields.Note);
        db.Contacts.Add(CallerContact.Record(a, at, input.Method, input.Reached, note, now, actor.UserName));
        var action = $"联系诉求人（{input.Method.DisplayName()}，{(input.Reached ? "已联系上" : "未联系上")}）";
        var units = new List<Guid> { a.UnitId };
        if (a.RecordContact(at, input.Reached))
        {
            var onTime = a.ContactedOnTime!.Value;
            var lead = a;
            // The parent unit stays responsible for its sub-unit's case: its first-contact limit is met by the sub-unit's contact.
            if (a.ParentAssignmentId is { } parentId
                && await db.Assignments.FirstOrDefaultAsync(p => p.Id == parentId, cancellationToken) is { FirstContactAtUtc: null } parent)
            {
                parent.RecordContact(at, reached: true);
                units.Add(parent.UnitId);
                lead = parent;
            }
            db.Publish(new CallerContacted(lead.Id, lead.CaseId, lead.UnitId, at, lead.ContactedOnTime ?? onTime), clock);
            db.AddTimeline(a, actor, at, "首次" + action, note, a.FirstContactDueUtc, onTime);
        }
        else
        {
            db.AddTimeline(a, actor, at, action, note);
        }
        db.Audit(actor, clock, "登记联系诉求人", "Assignment", a.CaseNumber, action);
        await live.PublishAfterSaveAsync(db, units, cancellationToken);
        // Two first contacts at once: the assignment's version lets only one of them set the first-contact time.
        await db.SaveOrConflictAsync(HandlingRules.Concurrency, cancellationToken);
    }
}
