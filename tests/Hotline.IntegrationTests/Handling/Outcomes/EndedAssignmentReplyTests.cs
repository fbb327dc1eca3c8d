using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Replies;
using Hotline.Handling.Settings;

namespace Hotline.IntegrationTests.Handling.Outcomes;

/// <summary>A reply waiting for approval dies with its assignment: once the unit is off the case it can never report a reply.</summary>
public abstract class EndedAssignmentReplyTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_pending_reply_of_a_returned_assignment_is_withdrawn_and_cannot_be_approved()
    {
        await OutcomeTestData.EnsureUserAsync(app, "jyj.h", HotlineRoles.UnitHandler, "JYJ");
        await OutcomeTestData.EnsureUserAsync(app, "jyj.mgr", HotlineRoles.UnitManager, "JYJ");
        await app.AsUserAsync("jyj.mgr", async sp =>
        {
            var settings = sp.GetRequiredService<UnitSettingsService>();
            await settings.SaveAsync(true, (await settings.GetAsync()).Version);
        });
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000901", user: "jyj.h", leadCode: "JYJ");
        Assert.False(await OutcomeTestData.SubmitReplyAsync(app, "jyj.h", d.LeadId));
        var pending = Assert.Single(await OutcomeTestData.RepliesAsync(app, d.LeadId));

        await app.PublishAsync(new AssignmentsEnded(d.CaseId, [d.LeadId], AssignmentEndReason.Returned, "退单：非本单位职责", true,
            app.Clock.GetUtcNow().UtcDateTime));
        await app.DeliverEventsAsync();

        var withdrawn = Assert.Single(await OutcomeTestData.RepliesAsync(app, d.LeadId));
        Assert.Equal(ReplyStatus.Rejected, withdrawn.Status);
        Assert.Contains("答复作废", withdrawn.DecisionNote);
        await Assert.ThrowsAnyAsync<BusinessRuleException>(() =>
            app.AsUserAsync("jyj.mgr", sp => sp.GetRequiredService<ReplyApprovals>().ApproveAsync(pending.Id, withdrawn.Version, null)));
        Assert.Equal(HandlingStatus.Ended, (await HandlingTestData.AssignmentAsync(app, d.LeadId)).Status);
        Assert.Empty(await OutcomeTestData.EventsAsync<CaseReplied>(app, d.LeadId));
    }
}

public sealed class SqliteEndedAssignmentReplyTests(SqliteApp app) : EndedAssignmentReplyTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbEndedAssignmentReplyTests(MariaDbApp app) : EndedAssignmentReplyTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
