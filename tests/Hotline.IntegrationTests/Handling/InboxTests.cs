using Hotline.Platform.Cases;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Inbox;
using Hotline.Handling.Shared;
using Hotline.Handling.SignFor;
using Hotline.Handling.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.IntegrationTests.Handling;

/// <summary>The unit inbox, the center's deadline board and the flow sheet, each scoped to who is looking.</summary>
public abstract class InboxTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<IReadOnlyDictionary<InboxTab, int>> CountsAsync(string user) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<UnitInbox>().CountsAsync());

    private Task<InboxPage> PageAsync(string user, InboxTab tab) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<UnitInbox>().PageAsync(new InboxQuery(tab, PageSize: 200)));

    private Task SignAsync(string user, Guid id) =>
        app.AsUserAsync(user, async sp => await sp.GetRequiredService<SignForService>().SignForAsync(id, await HandlingTestData.VersionAsync(app, id)));

    [Fact]
    public async Task Tabs_count_and_list_only_the_unit_s_own_assignments()
    {
        var zjjBefore = await CountsAsync("zjj");
        var scjgjBefore = await CountsAsync("scjgj");
        var d = await HandlingTestData.DispatchAsync(app, "13300000001");
        Assert.Equal(zjjBefore[InboxTab.AwaitingSignFor] + 1, (await CountsAsync("zjj"))[InboxTab.AwaitingSignFor]);
        Assert.Equal(scjgjBefore[InboxTab.AwaitingSignFor] + 1, (await CountsAsync("scjgj"))[InboxTab.AwaitingSignFor]);
        var waiting = (await PageAsync("zjj", InboxTab.AwaitingSignFor)).Rows.Single(r => r.Id == d.LeadId);
        Assert.Equal((DeadlineKind.SignFor, TrafficLight.Green, "主办"), (waiting.Deadline!.Kind, waiting.Deadline.Light, waiting.RoleName));

        await SignAsync("zjj", d.LeadId);
        await SignAsync("scjgj", d.CoId!.Value);
        var zjj = await CountsAsync("zjj");
        Assert.Equal(zjjBefore[InboxTab.AwaitingSignFor], zjj[InboxTab.AwaitingSignFor]);
        Assert.Equal(zjjBefore[InboxTab.InHandling] + 1, zjj[InboxTab.InHandling]);
        Assert.Equal(scjgjBefore[InboxTab.CoOpinion] + 1, (await CountsAsync("scjgj"))[InboxTab.CoOpinion]);

        var handling = (await PageAsync("zjj", InboxTab.InHandling)).Rows;
        Assert.Equal(DeadlineKind.Completion, handling.Single(r => r.Id == d.LeadId).Deadline!.Kind);
        Assert.DoesNotContain(handling, r => r.Id == d.CoId);
        Assert.DoesNotContain((await PageAsync("scjgj", InboxTab.InHandling)).Rows, r => r.Id == d.LeadId);
        Assert.Equal(handling.Select(r => r.Deadline!.DueUtc).Order(), handling.Select(r => r.Deadline!.DueUtc));
    }

    [Fact]
    public async Task Closed_cases_stay_findable_under_已办结_for_the_unit_only_and_are_not_counted()
    {
        var d = await HandlingTestData.DispatchAsync(app, "1370015" + Random.Shared.Next(1000, 9999), withCo: false);
        await app.PublishAsync(new Hotline.Evaluation.Contracts.CaseClosed(d.CaseId, d.CaseNumber, Hotline.Evaluation.Contracts.ClosingOutcome.Satisfied,
            null, null, true, await HandlingTestData.UnitIdAsync(app, "ZJJ"), app.Clock.GetUtcNow().UtcDateTime));
        await app.DeliverEventsAsync();
        Task<InboxPage> SearchAsync(string user, string text) => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<UnitInbox>().PageAsync(new InboxQuery(InboxTab.Closed, Search: text)));

        Assert.Contains((await PageAsync("zjj", InboxTab.Closed)).Rows, r => r.Id == d.LeadId);
        Assert.DoesNotContain((await PageAsync("zjj", InboxTab.AwaitingSignFor)).Rows, r => r.Id == d.LeadId);
        Assert.Equal(d.LeadId, Assert.Single((await SearchAsync("zjj", d.CaseNumber.ToLowerInvariant())).Rows).Id);
        Assert.Contains((await SearchAsync("zjj", "电梯停运")).Rows, r => r.Id == d.LeadId);
        Assert.Empty((await SearchAsync("zjj", "没有这样的内容")).Rows);
        Assert.False((await CountsAsync("zjj")).ContainsKey(InboxTab.Closed));

        Assert.DoesNotContain((await PageAsync("scjgj", InboxTab.Closed)).Rows, r => r.Id == d.LeadId);
        Assert.Empty((await SearchAsync("scjgj", d.CaseNumber)).Rows);

        // Dispatched half a year ago: the list shows only the recent window; a search still reaches back to every closed case.
        var longAgo = app.Clock.GetUtcNow().UtcDateTime.AddDays(-UnitInbox.ClosedWindowDays - 1);
        await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Assignments.Where(a => a.CaseId == d.CaseId)
            .ExecuteUpdateAsync(u => u.SetProperty(a => a.DispatchedAtUtc, longAgo)));
        Assert.DoesNotContain((await PageAsync("zjj", InboxTab.Closed)).Rows, r => r.Id == d.LeadId);
        Assert.Equal(d.LeadId, Assert.Single((await SearchAsync("zjj", d.CaseNumber)).Rows).Id);
    }

    [Fact]
    public async Task The_deadline_board_lights_every_active_assignment_for_the_center_only()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13300000002", withCo: false);
        var zjj = await HandlingTestData.UnitIdAsync(app, "ZJJ");
        var board = (DeadlineQuery q) => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<DeadlineBoard>().PageAsync(q with { PageSize = 200 }));

        var green = await board(new DeadlineQuery(zjj, TrafficLight.Green));
        Assert.Contains(green.Rows, r => r.Id == d.LeadId);
        Assert.DoesNotContain((await board(new DeadlineQuery(zjj, TrafficLight.Red))).Rows, r => r.Id == d.LeadId);
        var before = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<DeadlineBoard>().CountsAsync());

        // Seven hours on, the 8-hour sign-for limit is in its last quarter; after nine it is overdue.
        app.Clock.Advance(TimeSpan.FromHours(7));
        Assert.Contains((await board(new DeadlineQuery(zjj, TrafficLight.Yellow))).Rows, r => r.Id == d.LeadId);
        app.Clock.Advance(TimeSpan.FromHours(2));
        var red = (await board(new DeadlineQuery(zjj, TrafficLight.Red))).Rows.Single(r => r.Id == d.LeadId);
        Assert.Equal(DeadlineKind.SignFor, red.Current.Kind);
        var after = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<DeadlineBoard>().CountsAsync());
        Assert.True(after.SignForOverdue > before.SignForOverdue);

        // The whole board and its red filter are paged in the database, the other lights on the server: the lights add
        // up to the whole board, the home card's yellow is the yellow filter's, and the board runs by the current deadline.
        var all = await board(new DeadlineQuery());
        var totals = new Dictionary<TrafficLight, int>();
        foreach (var light in Enum.GetValues<TrafficLight>())
            totals[light] = (await board(new DeadlineQuery(null, light))).Total;
        Assert.Equal(all.Total, totals.Values.Sum());
        Assert.Equal(totals[TrafficLight.Yellow], after.Yellow);
        Assert.Equal(all.Rows.Select(r => r.Current.DueUtc).Order(), all.Rows.Select(r => r.Current.DueUtc));
        Assert.All((await board(new DeadlineQuery(null, TrafficLight.Red))).Rows, r => Assert.Equal(TrafficLight.Red, r.Current.Light));

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj", sp => sp.GetRequiredService<DeadlineBoard>().PageAsync(new DeadlineQuery())));
    }

    [Fact]
    public async Task The_boards_yellow_and_green_filters_and_the_home_card_match_lighting_every_open_assignment()
    {
        // Two signed assignments run against their completion limits in working days, one still awaits sign-for.
        foreach (var phone in new[] { "13300000011", "13300000012" })
        {
            var signed = await HandlingTestData.DispatchAsync(app, phone, withCo: false);
            await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<SignForService>()
                .SignForAsync(signed.LeadId, await HandlingTestData.VersionAsync(app, signed.LeadId)));
        }
        await HandlingTestData.DispatchAsync(app, "13300000013", withCo: false);

        // Days pass, holidays and weekends included: at every step the database-narrowed filters light what lighting all would.
        foreach (var step in new[] { TimeSpan.Zero, TimeSpan.FromHours(7), TimeSpan.FromDays(3), TimeSpan.FromDays(5), TimeSpan.FromDays(9), TimeSpan.FromDays(20) })
        {
            app.Clock.Advance(step);
            var now = app.Clock.GetUtcNow().UtcDateTime;
            var expected = await app.WithScopeAsync(async sp =>
            {
                var s = await sp.GetRequiredService<Hotline.Handling.Settings.HandlingSettingsService>().GetAsync();
                var rules = await sp.GetRequiredService<Hotline.Platform.Calendar.IWorkingCalendar>().GetRulesAsync();
                var open = await sp.GetRequiredService<HandlingDbContext>().Assignments.AsNoTracking()
                    .Where(a => AssignmentDeadlines.Open.Contains(a.Status)).ToListAsync();
                return open.Select(a => (a.Id, AssignmentDeadlines.Current(a, now, rules, s)!.Light)).ToList();
            });
            foreach (var light in new[] { TrafficLight.Yellow, TrafficLight.Green })
            {
                var shown = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<DeadlineBoard>().PageAsync(new DeadlineQuery(Light: light, PageSize: 200)));
                Assert.Equal(expected.Where(x => x.Light == light).Select(x => x.Id).Order(), shown.Rows.Select(r => r.Id).Order());
                Assert.Equal(shown.Rows.Count, shown.Total);
                Assert.Equal(shown.Rows.Select(r => r.Current.DueUtc).Order(), shown.Rows.Select(r => r.Current.DueUtc));
            }
            var card = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<DeadlineBoard>().CountsAsync());
            Assert.Equal(expected.Count(x => x.Light == TrafficLight.Yellow), card.Yellow);
        }
    }

    [Fact]
    public async Task The_flow_sheet_shows_a_unit_its_own_steps_and_the_center_all()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13300000003");
        await SignAsync("zjj", d.LeadId);
        await SignAsync("scjgj", d.CoId!.Value);
        var zjj = await HandlingTestData.UnitIdAsync(app, "ZJJ");
        var center = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseTimelineReader>().ReadAsync(d.CaseId, CaseViewer.Center));
        var handling = center.Where(s => s.Stage == HandlingTimeline.Stage).ToList();
        Assert.Equal(2, handling.Count(s => s.Action == "签收"));
        Assert.Contains(handling, s => s.UnitName == "县市场监督管理局");

        var forZjj = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseTimelineReader>().ReadAsync(d.CaseId, new CaseViewer(false, zjj)));
        var own = Assert.Single(forZjj, s => s.Stage == HandlingTimeline.Stage);
        Assert.Equal(("签收", "县住房和城乡建设局", true), (own.Action, own.UnitName, own.OnTime));
    }
}

public sealed class SqliteInboxTests(SqliteApp app) : InboxTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbInboxTests(MariaDbApp app) : InboxTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
