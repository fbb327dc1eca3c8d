using Hotline.Evaluation.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Platform;
using Hotline.Platform.Calendar;
using Hotline.Platform.Identity;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.CasePanel;
using Hotline.Handling.Extensions;

namespace Hotline.IntegrationTests.Handling.Outcomes;

/// <summary>重办 comes back from Evaluation and goes out again; the case page's 办理情况 panel shows it all, scoped by unit.</summary>
public abstract class RedoAndPanelTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_redo_reopens_the_lead_with_a_new_deadline_and_the_second_reply_is_kept_beside_the_first()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000201", withCo: true);
        await OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId);
        var replied = await HandlingTestData.AssignmentAsync(app, d.LeadId);

        app.Clock.Advance(TimeSpan.FromDays(3));
        var now = app.Clock.GetUtcNow().UtcDateTime;
        var redo = new RedoRequested(d.CaseId, d.CaseNumber, d.LeadId, 1, "诉求人反映电梯再次停运，问题未解决", now);
        await app.PublishAsync(redo);
        await app.DeliverEventsAsync();
        // Delivered twice (e.g. replayed): applied once.
        await app.PublishAsync(redo with { EventId = Guid.NewGuid() });
        await app.DeliverEventsAsync();

        var reopened = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        var expectedDue = (await app.Service<IWorkingCalendar>().DueAfterWorkingDaysAsync(now, replied.CompletionWorkingDays)).DueUtc;
        Assert.Equal((HandlingStatus.Redo, 1, "诉求人反映电梯再次停运，问题未解决", expectedDue),
            (reopened.Status, reopened.RedoRound, reopened.RedoReason, reopened.CompletionDueUtc));
        var unsigned = await Assert.ThrowsAsync<BusinessRuleException>(() => OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId));
        Assert.Contains("签收重办", unsigned.Message);

        await OutcomeTestData.SignAsync(app, "zjj", d.LeadId);
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId,
            OutcomeTestData.Reply(ReplyResult.PartiallyResolved, OutcomeTestData.ReplyText("复查后发现的变频器"))));

        var replies = await OutcomeTestData.RepliesAsync(app, d.LeadId);
        Assert.Equal([0, 1], replies.Select(r => r.Round));
        Assert.All(replies, r => Assert.Equal(ReplyStatus.Accepted, r.Status));
        var events = await OutcomeTestData.EventsAsync<CaseReplied>(app, d.LeadId);
        Assert.Equal([0, 1], events.Select(e => e.Round));
        Assert.Equal(ReplyResult.PartiallyResolved, events[1].Result);

        var view = await OutcomeTestData.ReplyViewAsync(app, "zjj", d.LeadId);
        Assert.Equal([1, 0], view.Replies.Select(r => r.Round));

        var panel = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<CasePanelQuery>().GetAsync(d.CaseId));
        var leadRow = Assert.Single(panel.Assignments, a => a.Id == d.LeadId);
        Assert.Equal(2, leadRow.Replies.Count);
        Assert.Equal(1, leadRow.RedoRound);
    }

    [Fact]
    public async Task The_panel_shows_center_roles_everything_and_a_unit_only_its_own_scope()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000202", withCo: true);
        await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<ExtensionService>()
            .RequestAsync(d.LeadId, await HandlingTestData.VersionAsync(app, d.LeadId), "需要协调多方", "已约谈物业"));

        var center = await app.AsUserAsync("agent", sp => sp.GetRequiredService<CasePanelQuery>().GetAsync(d.CaseId));
        Assert.True(center.IsCenter);
        Assert.True(center.CanRecordCenterContact);
        Assert.Equal(2, center.Assignments.Count);
        var lead = Assert.Single(center.Assignments, a => a.Id == d.LeadId);
        Assert.Single(lead.Contacts);
        Assert.Equal(ExtensionStatus.Pending, Assert.Single(lead.Extensions).Status);

        var assessor = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<CasePanelQuery>().GetAsync(d.CaseId));
        Assert.False(assessor.CanRecordCenterContact);

        var co = await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<CasePanelQuery>().GetAsync(d.CaseId));
        Assert.Equal(d.CoId, Assert.Single(co.Assignments).Id);
        var other = await HandlingTestData.DispatchAsync(app, "13500000203", withCo: false, leadCode: "SCJGJ");
        var outsider = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<CasePanelQuery>().GetAsync(other.CaseId));
        Assert.Empty(outsider.Assignments);
    }
}

public sealed class SqliteRedoAndPanelTests(SqliteApp app) : RedoAndPanelTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbRedoAndPanelTests(MariaDbApp app) : RedoAndPanelTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
