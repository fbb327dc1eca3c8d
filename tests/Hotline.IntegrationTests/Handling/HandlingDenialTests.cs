using Hotline.Handling.Contracts;
using Hotline.Handling.Persistence;
using Hotline.Intake.Contracts;
using Hotline.Platform;
using Hotline.Platform.Notifications;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Contact;
using Hotline.Handling.SignFor;
using Hotline.Handling.Workbench;

namespace Hotline.IntegrationTests.Handling;

/// <summary>Every workbench service refuses the wrong unit or role, whatever id it is given.</summary>
public abstract class HandlingDenialTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Another_unit_cannot_open_or_work_an_assignment_by_its_id()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13500000001", withCo: false);
        var version = await HandlingTestData.VersionAsync(app, d.LeadId);
        var open = await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj", sp => sp.GetRequiredService<AssignmentQueries>().GetAsync(d.LeadId)));
        Assert.Equal("无权查看该工单", open.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj.mgr", sp => sp.GetRequiredService<SignForService>().SignForAsync(d.LeadId, version)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj", sp => sp.GetRequiredService<AssignmentQueries>().NotesAsync(d.LeadId)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj", sp => sp.GetRequiredService<AssignmentQueries>().GetAsync(Guid.NewGuid())));
        Assert.Null((await HandlingTestData.AssignmentAsync(app, d.LeadId)).SignedAtUtc);
    }

    [Fact]
    public async Task A_center_role_cannot_sign_for_a_unit()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13500000002", withCo: false);
        var version = await HandlingTestData.VersionAsync(app, d.LeadId);
        foreach (var user in new[] { "dispatcher", "supervisor", "admin" })
        {
            var ex = await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
                app.AsUserAsync(user, sp => sp.GetRequiredService<SignForService>().SignForAsync(d.LeadId, version)));
            Assert.Equal("您的角色无权执行此操作。", ex.Message);
        }
        // The center may read the assignment (case panel), but units' commands stay the units'.
        var view = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<AssignmentQueries>().GetAsync(d.LeadId));
        Assert.True(view.IsReadOnly);
    }

    [Fact]
    public async Task The_unit_cannot_reach_the_caller_of_a_confidential_case_and_asks_the_center()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13500000003", withCo: false, confidential: true);
        var revealed = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ICallerIdentity>().RevealAsync(d.CaseId, "联系诉求人"));
        Assert.True(revealed.IdentityWithheld);
        Assert.Null(revealed.Phone);

        await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<SignForService>().SignForAsync(d.LeadId, await HandlingTestData.VersionAsync(app, d.LeadId)));
        var view = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<AssignmentQueries>().GetAsync(d.LeadId));
        Assert.True(view.IdentityWithheld);
        Assert.False(view.CanContact);
        Assert.True(view.CanRequestCenterContact);
        var direct = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("zjj", sp => sp.GetRequiredService<ContactService>()
            .RecordAsync(d.LeadId, new ContactInput(app.Clock.GetUtcNow().UtcDateTime, ContactMethod.Phone, true, null))));
        Assert.Equal("诉求人身份已保密，请通过中心联系。", direct.Message);

        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ContactService>().RequestCenterContactAsync(d.LeadId, "请转告已安排现场核查"));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<HandlingDbContext>();
            Assert.True(await db.Timeline.AnyAsync(t => t.AssignmentId == d.LeadId && t.Action == "请中心代为联系诉求人"));
            Assert.True(await db.Notifications.AnyAsync(n => n.Channel == NotificationChannel.InApp && n.Title.Contains(d.CaseNumber)));
        });

        // The center records its contact on the unit's behalf; it meets the unit's first-contact limit.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj", sp => sp.GetRequiredService<ContactService>()
            .RecordCenterContactAsync(d.LeadId, app.Clock.GetUtcNow().UtcDateTime, true, "中心已联系")));
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<ContactService>()
            .RecordCenterContactAsync(d.LeadId, app.Clock.GetUtcNow().UtcDateTime, true, "中心已转告诉求人办理进展"));
        var lead = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        Assert.True(lead.ContactedOnTime);
    }
}

public sealed class SqliteHandlingDenialTests(SqliteApp app) : HandlingDenialTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbHandlingDenialTests(MariaDbApp app) : HandlingDenialTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
