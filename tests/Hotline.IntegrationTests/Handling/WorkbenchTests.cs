using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform;
using Hotline.Platform.Attachments;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Contact;
using Hotline.Handling.Notes;
using Hotline.Handling.SignFor;
using Hotline.Handling.Workbench;

namespace Hotline.IntegrationTests.Handling;

/// <summary>An assignment's life at the unit: opened by Dispatch's events, signed for, contacts, notes, ended.</summary>
public abstract class WorkbenchTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task SignAsync(string user, Guid id) =>
        app.AsUserAsync(user, async sp => await sp.GetRequiredService<SignForService>().SignForAsync(id, await HandlingTestData.VersionAsync(app, id)));

    private Task ContactAsync(string user, Guid id, DateTime atUtc, bool reached = true, string? note = "已电话联系，约定明日上门") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ContactService>().RecordAsync(id, new ContactInput(atUtc, ContactMethod.Phone, reached, note)));

    [Fact]
    public async Task Dispatch_opens_a_lead_and_a_co_handling_assignment_once()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000001");
        var lead = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        var co = await HandlingTestData.AssignmentAsync(app, d.CoId!.Value);
        Assert.Equal((HandlingStatus.AwaitingSignFor, AssignmentRole.Lead, d.CaseNumber), (lead.Status, lead.Role, lead.CaseNumber));
        Assert.Equal(AssignmentRole.CoHandling, co.Role);
        Assert.Equal(d.Event.Assignments[0].CompletionDueUtc, lead.CompletionDueUtc);
        Assert.Equal("请尽快核实处理", lead.DispatchNote);

        // The same dispatch delivered again (a new event id, e.g. replayed by an administrator) adds nothing.
        await app.PublishAsync(d.Event with { EventId = Guid.NewGuid() });
        await app.DeliverEventsAsync();
        await app.WithScopeAsync(async sp =>
            Assert.Equal(2, await sp.GetRequiredService<HandlingDbContext>().Assignments.CountAsync(a => a.CaseId == d.CaseId)));
    }

    [Fact]
    public async Task Sign_for_records_the_time_and_marks_a_late_one()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000002");
        app.Clock.Advance(TimeSpan.FromHours(1));
        await SignAsync("zjj", d.LeadId);
        var lead = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        Assert.Equal((HandlingStatus.InHandling, false, "zjj"), (lead.Status, lead.SignedLate, lead.SignedBy));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, lead.SignedAtUtc);

        app.Clock.Advance(TimeSpan.FromHours(8));
        await SignAsync("scjgj", d.CoId!.Value);
        var co = await HandlingTestData.AssignmentAsync(app, d.CoId.Value);
        Assert.True(co.SignedLate);

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HandlingDbContext>();
            var events = await db.Outbox.Where(m => m.EventType.EndsWith(nameof(AssignmentSigned)) && m.Payload.Contains(d.CaseId.ToString())).ToListAsync();
            Assert.Equal(2, events.Count);
            Assert.Contains(events, m => m.Payload.Contains("\"late\":true") && m.Payload.Contains(d.CoId.Value.ToString()));
            Assert.True(await db.Timeline.AnyAsync(t => t.AssignmentId == d.CoId && t.Action == "签收（超时）" && t.OnTime == false));
        });
        var again = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => SignAsync("zjj.mgr", d.LeadId));
        Assert.Equal("该工单已签收。", again.Message);
    }

    [Fact]
    public async Task Two_handlers_signing_with_the_same_version_let_one_win()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000003", withCo: false);
        var version = await HandlingTestData.VersionAsync(app, d.LeadId);
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<SignForService>().SignForAsync(d.LeadId, version));
        var ex = await Assert.ThrowsAnyAsync<BusinessRuleException>(() =>
            app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<SignForService>().SignForAsync(d.LeadId, version)));
        Assert.Contains("已签收", ex.Message);
    }

    [Fact]
    public async Task The_first_reached_contact_within_24_hours_is_on_time()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000004");
        var before = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => ContactAsync("zjj", d.LeadId, app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal("请先签收该工单。", before.Message);

        await SignAsync("zjj", d.LeadId);
        app.Clock.Advance(TimeSpan.FromHours(2));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await ContactAsync("zjj", d.LeadId, now.AddMinutes(-30), reached: false, note: "无人接听");
        Assert.Null((await HandlingTestData.AssignmentAsync(app, d.LeadId)).FirstContactAtUtc);
        await ContactAsync("zjj", d.LeadId, now.AddMinutes(-5));

        var lead = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        Assert.Equal((now.AddMinutes(-5), true), (lead.FirstContactAtUtc, lead.ContactedOnTime));
        var rows = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<AssignmentQueries>().ContactsAsync(d.LeadId));
        Assert.Equal(2, rows.Count);
        Assert.True(rows.Single(r => r.Reached).IsFirst);
        await app.WithScopeAsync(async sp => Assert.Equal(1, await sp.GetRequiredService<HandlingDbContext>().Outbox
            .CountAsync(m => m.EventType.EndsWith(nameof(CallerContacted)) && m.Payload.Contains(d.LeadId.ToString()))));

        var future = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => ContactAsync("zjj", d.LeadId, now.AddHours(1)));
        Assert.Equal("联系时间不能晚于当前时间。", future.Message);
        await SignAsync("scjgj", d.CoId!.Value);
        var co = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => ContactAsync("scjgj", d.CoId.Value, now));
        Assert.Contains("协办单位无需联系诉求人", co.Message);
    }

    [Fact]
    public async Task A_first_contact_after_24_hours_is_late()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000005", withCo: false);
        await SignAsync("zjj", d.LeadId);
        app.Clock.Advance(TimeSpan.FromHours(30));
        await ContactAsync("zjj", d.LeadId, app.Clock.GetUtcNow().UtcDateTime);
        var lead = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        Assert.False(lead.ContactedOnTime);
        var view = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<AssignmentQueries>().GetAsync(d.LeadId));
        Assert.Equal(Hotline.Handling.Deadlines.TrafficLight.Red, view.FirstContact!.Light);
    }

    [Fact]
    public async Task A_progress_note_keeps_its_attachment_for_the_unit_and_refuses_other_units()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000006");
        await SignAsync("zjj", d.LeadId);
        byte[] png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 1, 2, 3, 4, 5, 6, 7, 8];
        var staged = await app.WithScopeAsync(sp => sp.GetRequiredService<AttachmentStore>().StageAsync(new MemoryStream(png), "现场照片.png", png.Length));
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<NoteService>().AddAsync(d.LeadId, "已到现场核查，电梯主板故障，已通知维保单位", [staged]));

        var notes = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<AssignmentQueries>().NotesAsync(d.LeadId));
        var file = Assert.Single(Assert.Single(notes).Attachments);
        Assert.Equal("现场照片.png", file.FileName);
        var opened = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<NoteService>().OpenAsync(file.Id));
        using (var content = new MemoryStream())
        {
            await opened.Content.CopyToAsync(content);
            await opened.Content.DisposeAsync();
            Assert.Equal(png, content.ToArray());
        }
        Assert.Equal("image/png", opened.ContentType);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("scjgj", sp => sp.GetRequiredService<NoteService>().OpenAsync(file.Id)));
        var empty = await Assert.ThrowsAnyAsync<BusinessRuleException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<NoteService>().AddAsync(d.LeadId, "  ", [])));
        Assert.Equal("请填写办理过程记录。", empty.Message);
    }

    [Fact]
    public async Task Ended_assignments_are_read_only()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000007");
        await SignAsync("zjj", d.LeadId);
        await app.PublishAsync(new AssignmentsEnded(d.CaseId, [d.LeadId, d.CoId!.Value], AssignmentEndReason.Reassigned, "改派至城管局", true, app.Clock.GetUtcNow().UtcDateTime));
        await app.DeliverEventsAsync();

        Assert.Equal(HandlingStatus.Ended, (await HandlingTestData.AssignmentAsync(app, d.LeadId)).Status);
        var view = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<AssignmentQueries>().GetAsync(d.LeadId));
        Assert.True(view.IsReadOnly);
        Assert.False(view.CanContact);
        var note = await Assert.ThrowsAnyAsync<BusinessRuleException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<NoteService>().AddAsync(d.LeadId, "继续办理", [])));
        Assert.Contains("只能查看", note.Message);
        var sign = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => SignAsync("scjgj", d.CoId.Value));
        Assert.Contains("只能查看", sign.Message);
    }

    [Fact]
    public async Task A_closed_case_closes_its_assignments()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000008", withCo: false);
        await app.PublishAsync(new Hotline.Evaluation.Contracts.CaseClosed(d.CaseId, d.CaseNumber, Hotline.Evaluation.Contracts.ClosingOutcome.Satisfied, null, null, true, null, app.Clock.GetUtcNow().UtcDateTime));
        await app.DeliverEventsAsync();
        Assert.Equal(HandlingStatus.Closed, (await HandlingTestData.AssignmentAsync(app, d.LeadId)).Status);
    }
}

public sealed class SqliteWorkbenchTests(SqliteApp app) : WorkbenchTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbWorkbenchTests(MariaDbApp app) : WorkbenchTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
