using Hotline.Dispatch.Contracts;
using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Platform.Catalog;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Intake;

/// <summary>Later modules' events move Intake's status of the case and what the caller's progress lookup shows.</summary>
public abstract class CaseProgressTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly Guid Unit = Guid.NewGuid();

    private async Task<(Guid CaseId, string Number)> AcceptedCaseAsync(string phone)
    {
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: phone));
        await app.DeliverEventsAsync();
        return (result.CaseId, result.CaseNumber);
    }

    private Task<(CaseStatus Status, DateTime? ClosedAtUtc, List<string> PublicSteps)> ReadAsync(Guid caseId) =>
        app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntakeDbContext>();
            var c = await db.Cases.AsNoTracking().FirstAsync(x => x.Id == caseId);
            var steps = await db.Timeline.AsNoTracking().Where(t => t.CaseId == caseId && t.IsPublic)
                .OrderBy(t => t.AtUtc).ThenBy(t => t.Id).Select(t => t.PublicText!).ToListAsync();
            return (c.Status, c.ClosedAtUtc, steps);
        });

    private CaseDispatched Dispatched(Guid caseId, string number, Guid assignmentId) => new(
        caseId, number, RequestTypeCode.Complaint, Guid.NewGuid(), "摘要", false, null, true,
        [new AssignmentTerms(assignmentId, Unit, AssignmentRole.Lead, null, Now.AddHours(8), Now.AddHours(24), Now.AddDays(21), 15)],
        null, Now, "dispatcher", false);

    private DateTime Now => app.Clock.GetUtcNow().UtcDateTime;

    [Fact]
    public async Task The_status_follows_the_case_through_its_lifecycle_and_the_caller_sees_each_step()
    {
        var (caseId, number) = await AcceptedCaseAsync("13911110001");
        var assignmentId = Guid.NewGuid();

        await app.PublishAsync(Dispatched(caseId, number, assignmentId));
        await app.DeliverEventsAsync();
        Assert.Equal(CaseStatus.Dispatched, (await ReadAsync(caseId)).Status);

        // A co-unit signing does not mean the case is being handled; the lead signing does.
        await app.PublishAsync(new AssignmentSigned(Guid.NewGuid(), caseId, Guid.NewGuid(), false, Now, false));
        await app.DeliverEventsAsync();
        Assert.Equal(CaseStatus.Dispatched, (await ReadAsync(caseId)).Status);
        await app.PublishAsync(new AssignmentSigned(assignmentId, caseId, Unit, true, Now, false));
        await app.DeliverEventsAsync();
        Assert.Equal(CaseStatus.InHandling, (await ReadAsync(caseId)).Status);

        await app.PublishAsync(new CaseReplied(caseId, number, assignmentId, Unit, Guid.NewGuid(), 0, ReplyResult.Resolved, "已维修", false, Now, true));
        await app.DeliverEventsAsync();
        Assert.Equal(CaseStatus.Replied, (await ReadAsync(caseId)).Status);

        await app.PublishAsync(new RedoRequested(caseId, number, assignmentId, 1, "诉求人反映电梯仍未修好", Now));
        await app.DeliverEventsAsync();
        Assert.Equal(CaseStatus.InHandling, (await ReadAsync(caseId)).Status);

        await app.PublishAsync(new CaseClosed(caseId, number, ClosingOutcome.Satisfied, Rating.Satisfied, Rating.Satisfied, true, Unit, Now));
        await app.DeliverEventsAsync();
        var closed = await ReadAsync(caseId);
        Assert.Equal(CaseStatus.Closed, closed.Status);
        Assert.Equal(Now, closed.ClosedAtUtc);
        Assert.Equal(
            ["诉求已登记", "您的诉求已受理，正在转交承办单位", "您的诉求已转交承办单位办理", "承办单位已签收，正在办理",
             "承办单位已答复，热线将回访您的意见", "根据您的回访意见，工单已发回承办单位重新办理", "工单已办结，感谢您的支持"],
            closed.PublicSteps);

        // A late or repeated event never reopens a closed case.
        await app.PublishAsync(Dispatched(caseId, number, Guid.NewGuid()) with { IsReassignment = true });
        await app.DeliverEventsAsync();
        Assert.Equal(CaseStatus.Closed, (await ReadAsync(caseId)).Status);
    }

    [Fact]
    public async Task An_approved_return_of_the_lead_puts_the_case_back_to_waiting_for_dispatch()
    {
        var (caseId, number) = await AcceptedCaseAsync("13911110002");
        var assignmentId = Guid.NewGuid();
        await app.PublishAsync(Dispatched(caseId, number, assignmentId));
        await app.PublishAsync(new AssignmentsEnded(caseId, [assignmentId], AssignmentEndReason.Returned, "退单：非本单位职责", true, Now));
        await app.DeliverEventsAsync();
        Assert.Equal(CaseStatus.Accepted, (await ReadAsync(caseId)).Status);
    }

    [Fact]
    public async Task An_approved_extension_tells_the_caller_the_measures_and_the_new_date_by_sms()
    {
        var (caseId, number) = await AcceptedCaseAsync("13911110003");
        // Due at 24:00 on 2026-12-16 China time is 16:00 UTC that day.
        var due = new DateTime(2026, 12, 16, 16, 0, 0, DateTimeKind.Utc);
        await app.PublishAsync(new ExtensionDecided(Guid.NewGuid(), Guid.NewGuid(), caseId, Unit, true, due, "已联系物业公司制定维修方案", Now));
        await app.PublishAsync(new ExtensionDecided(Guid.NewGuid(), Guid.NewGuid(), caseId, Unit, false, null, "拒绝的不发", Now));
        await app.DeliverEventsAsync();

        var sms = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Recipient == "13911110003" && n.Channel == NotificationChannel.Sms && n.Title == "办理延期告知").ToListAsync());
        var message = Assert.Single(sms);
        Assert.Contains(number, message.Body);
        Assert.Contains("已联系物业公司制定维修方案", message.Body);
        Assert.Contains("2026年12月16日", message.Body);
        Assert.Contains((await ReadAsync(caseId)).PublicSteps, s => s.Contains("2026年12月16日"));
    }

    /// <summary>Delivers a fact, then its copy under a new event id (a replay re-published it): the inbox lets the copy through.</summary>
    private async Task DeliveredTwiceAsync<TEvent>(TEvent integrationEvent, TEvent copy) where TEvent : IntegrationEvent
    {
        Assert.NotEqual(integrationEvent.EventId, copy.EventId);
        await app.PublishAsync(integrationEvent);
        await app.DeliverEventsAsync();
        await app.PublishAsync(copy);
        await app.DeliverEventsAsync();
    }

    [Fact]
    public async Task A_fact_delivered_again_under_a_new_event_id_is_one_step_for_the_caller()
    {
        var (caseId, number) = await AcceptedCaseAsync("13911110004");
        var assignmentId = Guid.NewGuid();
        var dispatched = Dispatched(caseId, number, assignmentId);
        await DeliveredTwiceAsync(dispatched, dispatched with { EventId = Guid.NewGuid() });
        var signed = new AssignmentSigned(assignmentId, caseId, Unit, true, Now, false);
        await DeliveredTwiceAsync(signed, signed with { EventId = Guid.NewGuid() });
        var due = new DateTime(2026, 12, 16, 16, 0, 0, DateTimeKind.Utc);
        var extended = new ExtensionDecided(Guid.NewGuid(), assignmentId, caseId, Unit, true, due, "已联系物业公司", Now);
        await DeliveredTwiceAsync(extended, extended with { EventId = Guid.NewGuid() });
        var replied = new CaseReplied(caseId, number, assignmentId, Unit, Guid.NewGuid(), 0, ReplyResult.Resolved, "已维修", false, Now, true);
        await DeliveredTwiceAsync(replied, replied with { EventId = Guid.NewGuid() });
        var redo = new RedoRequested(caseId, number, assignmentId, 1, "诉求人反映电梯仍未修好", Now);
        await DeliveredTwiceAsync(redo, redo with { EventId = Guid.NewGuid() });
        // The first round's reply replayed during the redo does not put the case back to 已答复.
        await app.PublishAsync(replied with { EventId = Guid.NewGuid() });
        await app.DeliverEventsAsync();
        Assert.Equal(CaseStatus.InHandling, (await ReadAsync(caseId)).Status);
        var redoReplied = replied with { EventId = Guid.NewGuid(), ReplyId = Guid.NewGuid(), Round = 1 };
        await DeliveredTwiceAsync(redoReplied, redoReplied with { EventId = Guid.NewGuid() });
        var closed = new CaseClosed(caseId, number, ClosingOutcome.Satisfied, Rating.Satisfied, Rating.Satisfied, true, Unit, Now);
        await DeliveredTwiceAsync(closed, closed with { EventId = Guid.NewGuid() });

        var read = await ReadAsync(caseId);
        Assert.Equal(CaseStatus.Closed, read.Status);
        Assert.Equal(
            ["诉求已登记", "您的诉求已受理，正在转交承办单位", "您的诉求已转交承办单位办理", "承办单位已签收，正在办理",
             $"您的工单 {number} 正在办理中，承办单位已采取措施：已联系物业公司。经批准，办理期限延长至 2026年12月16日。",
             "承办单位已答复，热线将回访您的意见", "根据您的回访意见，工单已发回承办单位重新办理", "承办单位已答复，热线将回访您的意见",
             "工单已办结，感谢您的支持"],
            read.PublicSteps);
        // The caller is told of the extension by one SMS too.
        Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Recipient == "13911110004" && n.Title == "办理延期告知").ToListAsync()));
    }

    [Fact]
    public async Task A_return_and_a_redo_in_the_queue_delivered_again_under_new_event_ids_are_one_step_each()
    {
        var (caseId, number) = await AcceptedCaseAsync("13911110005");
        var assignmentId = Guid.NewGuid();
        await app.PublishAsync(Dispatched(caseId, number, assignmentId));
        await app.DeliverEventsAsync();
        var ended = new AssignmentsEnded(caseId, [assignmentId, Guid.NewGuid()], AssignmentEndReason.Returned, "退单：非本单位职责", true, Now);
        // A copy may list the ended assignments in another order.
        await DeliveredTwiceAsync(ended, ended with { EventId = Guid.NewGuid(), AssignmentIds = [.. ended.AssignmentIds.Reverse()] });
        var redo = new RedoRequested(caseId, number, assignmentId, 1, "诉求人反映电梯仍未修好", Now);
        await DeliveredTwiceAsync(redo, redo with { EventId = Guid.NewGuid() });

        var read = await ReadAsync(caseId);
        Assert.Equal(CaseStatus.Accepted, read.Status);
        Assert.Equal(
            ["诉求已登记", "您的诉求已受理，正在转交承办单位", "您的诉求已转交承办单位办理", "您的诉求正在重新确定承办单位",
             "根据您的回访意见，工单已发回重办，正在重新派单"],
            read.PublicSteps);
    }
}

public sealed class SqliteCaseProgressTests(SqliteApp app) : CaseProgressTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCaseProgressTests(MariaDbApp app) : CaseProgressTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
