using Hotline.Handling.CasePanel;
using Hotline.Handling.CoOpinions;
using Hotline.Handling.Contact;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Domain;
using Hotline.Handling.Extensions;
using Hotline.Handling.Facts;
using Hotline.Handling.Inbox;
using Hotline.Handling.Notes;
using Hotline.Handling.Redo;
using Hotline.Handling.Replies;
using Hotline.Handling.ResultNotice;
using Hotline.Handling.Settings;
using Hotline.Handling.Shared;
using Hotline.Handling.SignFor;
using Hotline.Handling.Timeline;
using Hotline.Handling.Workbench;
using Hotline.Handling.Contracts;
using Hotline.Handling.Persistence;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Handling;

/// <summary>
/// Issue #18.15: the contact form proposes the minute the page opened; the service compares at that precision and
/// never refuses the form's own proposal. Issue #18.1: a dispatch tells the unit through the bell, with a link.
/// </summary>
public abstract class ContactTimeTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task SignForAsync(Guid id) =>
        app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<SignForService>().SignForAsync(id, await HandlingTestData.VersionAsync(app, id)));

    private Task RecordAsync(Guid id, DateTime? atUtc) =>
        app.AsUserAsync("zjj", sp => sp.GetRequiredService<ContactService>().RecordAsync(id, new ContactInput(atUtc, ContactMethod.Phone, true, "已电话联系")));

    private static DateTime Minute(DateTime utc) => new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMinute, DateTimeKind.Utc);

    [Fact]
    public async Task The_form_proposal_in_the_dispatch_minute_is_accepted_and_kept_after_the_dispatch()
    {
        app.Clock.Advance(TimeSpan.FromSeconds(41)); // dispatched at hh:mm:41
        var d = await HandlingTestData.DispatchAsync(app, "13600000181", withCo: false);
        await SignForAsync(d.LeadId);
        // The page opened in the same minute and proposes hh:mm:00, seconds earlier than the dispatch.
        await RecordAsync(d.LeadId, Minute(d.DispatchedAtUtc));

        var contact = await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Contacts.AsNoTracking().SingleAsync(c => c.AssignmentId == d.LeadId));
        Assert.Equal(d.DispatchedAtUtc, contact.ContactedAtUtc);
        Assert.Equal(d.DispatchedAtUtc, (await HandlingTestData.AssignmentAsync(app, d.LeadId)).FirstContactAtUtc);
    }

    [Fact]
    public async Task An_untouched_proposal_means_the_moment_of_saving()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000182", withCo: false);
        await SignForAsync(d.LeadId);
        app.Clock.Advance(TimeSpan.FromMinutes(7).Add(TimeSpan.FromSeconds(13)));
        await RecordAsync(d.LeadId, null);
        var contact = await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Contacts.AsNoTracking().SingleAsync(c => c.AssignmentId == d.LeadId));
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, contact.ContactedAtUtc);
    }

    [Fact]
    public async Task A_minute_before_the_dispatch_is_refused_and_nothing_is_saved()
    {
        app.Clock.Advance(TimeSpan.FromSeconds(5));
        var d = await HandlingTestData.DispatchAsync(app, "13600000183", withCo: false);
        await SignForAsync(d.LeadId);
        var error = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => RecordAsync(d.LeadId, Minute(d.DispatchedAtUtc).AddMinutes(-1)));
        Assert.Contains("联系时间不能早于派单时间", error.Message);
        Assert.False(await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Contacts.AnyAsync(c => c.AssignmentId == d.LeadId)));
    }

    [Fact]
    public async Task A_dispatch_puts_a_message_with_a_link_to_the_assignment_in_each_unit_users_bell()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13600000184", withCo: false);
        await app.Service<NotificationProcessor>().ProcessBatchAsync(CancellationToken.None);
        var (zjj, other) = await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return ((await users.FindByNameAsync("zjj"))!.Id, (await users.FindByNameAsync("scjgj"))!.Id);
        });

        await app.WithScopeAsync(async sp =>
        {
            var inbox = sp.GetRequiredService<InAppInbox>();
            var mine = (await inbox.LatestAsync(zjj)).Single(n => n.Link == $"/unit/assignments/{d.LeadId}");
            Assert.Contains(d.CaseNumber, mine.Title);
            Assert.Null(mine.ReadAtUtc);
            // Another unit's user neither sees nor can mark it.
            Assert.DoesNotContain(await inbox.LatestAsync(other), n => n.Link == mine.Link);
            await inbox.MarkReadAsync(other, mine.Id);
            Assert.Null((await sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking().SingleAsync(n => n.Id == mine.Id)).ReadAtUtc);

            var unread = await inbox.UnreadCountAsync(zjj);
            await inbox.MarkReadAsync(zjj, mine.Id);
            Assert.Equal(unread - 1, await inbox.UnreadCountAsync(zjj));
            await inbox.MarkAllReadAsync(zjj);
            Assert.Equal(0, await inbox.UnreadCountAsync(zjj));
        });
    }
}

public sealed class SqliteContactTimeTests(SqliteApp app) : ContactTimeTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbContactTimeTests(MariaDbApp app) : ContactTimeTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
