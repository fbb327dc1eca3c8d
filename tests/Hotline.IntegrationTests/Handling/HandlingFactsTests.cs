using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Platform.Time;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Contact;
using Hotline.Handling.SignFor;

namespace Hotline.IntegrationTests.Handling;

/// <summary>The deadline facts supervision reads, on a small data set of its own database.</summary>
public abstract class HandlingFactsTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task SignAsync(string user, Guid id) =>
        app.AsUserAsync(user, async sp => await sp.GetRequiredService<SignForService>().SignForAsync(id, await HandlingTestData.VersionAsync(app, id)));

    [Fact]
    public async Task Facts_count_each_unit_s_steps_on_time_and_overdue()
    {
        var from = app.Clock.GetUtcNow().UtcDateTime;
        var a = await HandlingTestData.DispatchAsync(app, "13400000001");
        var b = await HandlingTestData.DispatchAsync(app, "13400000002", withCo: false, callerReachable: false);
        var ended = await HandlingTestData.DispatchAsync(app, "13400000003", withCo: false);
        await app.PublishAsync(new AssignmentsEnded(ended.CaseId, [ended.LeadId], AssignmentEndReason.Returned, "退单", true, app.Clock.GetUtcNow().UtcDateTime));
        await app.DeliverEventsAsync();
        var facts = app.Service<IHandlingFacts>();
        // Whole China days come from the daily facts: read once now, they must follow every later step.
        var days = (ChinaTime.StartOfDayUtc(ChinaTime.DateOf(from)), ChinaTime.EndOfDayUtc(ChinaTime.DateOf(from.AddHours(9))));
        Assert.All(await facts.PerUnitAsync(days.Item1, days.Item2), f => Assert.Equal(0, f.Signed));

        await SignAsync("zjj", a.LeadId);
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ContactService>()
            .RecordAsync(a.LeadId, new ContactInput(app.Clock.GetUtcNow().UtcDateTime, ContactMethod.Phone, true, null)));
        app.Clock.Advance(TimeSpan.FromHours(9));
        await SignAsync("scjgj", a.CoId!.Value);
        var to = app.Clock.GetUtcNow().UtcDateTime;

        var zjj = await HandlingTestData.UnitIdAsync(app, "ZJJ");
        var scjgj = await HandlingTestData.UnitIdAsync(app, "SCJGJ");
        var beforeDue = (await facts.PerUnitAsync(from, to)).ToDictionary(f => f.UnitId);
        Assert.Equal(new UnitHandlingFacts(zjj, Assignments: 2, Signed: 1, SignedOnTime: 1, ContactRequired: 1, ContactedOnTime: 1,
            Replied: 0, RepliedOnTime: 0, Extended: 0, Redone: 0, OpenOverdue: 0), beforeDue[zjj]);
        Assert.Equal(new UnitHandlingFacts(scjgj, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0), beforeDue[scjgj]);
        Assert.Equal(beforeDue.Values.OrderBy(f => f.UnitId), await facts.PerUnitAsync(days.Item1, days.Item2));

        // Past the 15-working-day limit with no reply, every open assignment is overdue.
        app.Clock.Advance(TimeSpan.FromDays(30));
        var afterDue = (await facts.PerUnitAsync(from, to)).ToDictionary(f => f.UnitId);
        Assert.Equal(2, afterDue[zjj].OpenOverdue);
        Assert.Equal(1, afterDue[scjgj].OpenOverdue);
        Assert.Equal(afterDue.Values.OrderBy(f => f.UnitId), await facts.PerUnitAsync(days.Item1, days.Item2));
        Assert.Empty(await facts.PerUnitAsync(to, to.AddDays(1)));

        var contact = (await facts.ContactFactsAsync([a.CaseId, b.CaseId, Guid.NewGuid()])).ToDictionary(f => f.CaseId);
        Assert.Equal(2, contact.Count);
        Assert.Equal(new CaseContactFact(a.CaseId, zjj, true, true), contact[a.CaseId]);
        Assert.Equal(new CaseContactFact(b.CaseId, zjj, false, false), contact[b.CaseId]);
    }
}

public sealed class SqliteHandlingFactsTests(SqliteApp app) : HandlingFactsTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbHandlingFactsTests(MariaDbApp app) : HandlingFactsTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
