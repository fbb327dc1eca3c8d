using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Domain;
using Hotline.Dispatch.Persistence;
using Hotline.Platform.Cases;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.DispatchTestData;
using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Routing;
using Hotline.Dispatch.Timeline;

namespace Hotline.IntegrationTests.Dispatch;

/// <summary>What other modules and pages learn from Dispatch: unit scope, timeline, panel, suggestions, return counts.</summary>
public abstract class DispatchLookupTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Unit_scope_follows_the_assignments_and_the_unit_tree()
    {
        var shared = await AcceptedCaseAsync(app);
        var village = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");
        var street = await UnitAsync(app, "CGJD");
        var community = await UnitAsync(app, "CGJD-01");
        var police = await UnitAsync(app, "GAJ");
        await DispatchAsync(app, shared.CaseId, zjj, [scjgj]);
        await DispatchAsync(app, village.CaseId, community);

        var scope = app.Service<IServiceScopeFactory>().CreateScope().ServiceProvider.GetRequiredService<IUnitCaseScope>();
        Assert.Equal(new UnitParticipation(true, true, true), await scope.ParticipationAsync(shared.CaseId, zjj));
        Assert.Equal(new UnitParticipation(true, true, false), await scope.ParticipationAsync(shared.CaseId, scjgj));
        Assert.Equal(UnitParticipation.None, await scope.ParticipationAsync(shared.CaseId, police));
        Assert.Equal(UnitParticipation.None, await scope.ParticipationAsync(shared.CaseId, street));
        // The street office sees its community's case; the community does not see upwards, nor zjj sideways.
        Assert.Equal(new UnitParticipation(true, true, true), await scope.ParticipationAsync(village.CaseId, street));
        Assert.Equal(new UnitParticipation(true, true, true), await scope.ParticipationAsync(village.CaseId, community));
        Assert.Equal(UnitParticipation.None, await scope.ParticipationAsync(village.CaseId, zjj));

        await DispatchAsync(app, shared.CaseId, police, reason: "属治安问题");
        Assert.Equal(new UnitParticipation(true, false, false), await scope.ParticipationAsync(shared.CaseId, zjj));
        Assert.Equal(new UnitParticipation(true, true, true), await scope.ParticipationAsync(shared.CaseId, police));
    }

    [Fact]
    public async Task Units_see_only_their_own_assignments_and_timeline_steps_of_their_cases()
    {
        var accepted = await AcceptedCaseAsync(app);
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");
        var police = await UnitAsync(app, "GAJ");
        await DispatchAsync(app, accepted.CaseId, zjj);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        await DispatchAsync(app, accepted.CaseId, police, [scjgj], reason: "属治安问题");

        var center = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<CaseAssignmentsQuery>().ForViewerAsync(accepted.CaseId));
        Assert.Equal(3, center.Assignments.Count);
        Assert.True(center.CanReassign);
        var forZjj = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<CaseAssignmentsQuery>().ForViewerAsync(accepted.CaseId));
        Assert.Equal(zjj, Assert.Single(forZjj.Assignments).UnitId);
        Assert.False(forZjj.CanReassign);
        var forScjgj = await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<CaseAssignmentsQuery>().ForViewerAsync(accepted.CaseId));
        Assert.Equal(scjgj, Assert.Single(forScjgj.Assignments).UnitId);
        var agent = await app.AsUserAsync("agent", sp => sp.GetRequiredService<CaseAssignmentsQuery>().ForViewerAsync(accepted.CaseId));
        Assert.False(agent.CanReassign);

        var other = await AcceptedCaseAsync(app);
        await DispatchAsync(app, other.CaseId, police);
        var timeline = await app.WithScopeAsync(async sp =>
        {
            var sources = sp.GetServices<ICaseTimelineSource>().OfType<DispatchTimelineSource>().Single();
            return (
                Center: await sources.StepsAsync(accepted.CaseId, CaseViewer.Center),
                Zjj: await sources.StepsAsync(accepted.CaseId, new CaseViewer(false, zjj)),
                ZjjOther: await sources.StepsAsync(other.CaseId, new CaseViewer(false, zjj)));
        });
        Assert.Equal(["派单", "改派"], timeline.Center.Select(s => s.Action));
        Assert.All(timeline.Center, s => Assert.Equal("派单", s.Stage));
        Assert.Equal("县住房和城乡建设局", timeline.Center[0].UnitName);
        Assert.Equal(2, timeline.Zjj.Count);
        Assert.Empty(timeline.ZjjOther);
    }

    [Fact]
    public async Task Suggestions_give_the_most_specific_rule_the_default_unit_and_history_with_reasons()
    {
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");
        var street = await UnitAsync(app, "CGJD");
        // A place no other test of this class uses, so the history is this test's own.
        var earlier = await AcceptedCaseAsync(app, areaCode: "A05");
        await DispatchAsync(app, earlier.CaseId, street);
        var accepted = await AcceptedCaseAsync(app, areaCode: "A05");

        var suggestions = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<DispatchSuggestions>().ForCaseAsync(accepted.CaseId));

        // The demo rule 物业管理 (any area) → 住建局 with 市场监管局 beats the parent-category rule 城乡建设 → 住建局.
        var rule = Assert.Single(suggestions, s => s.Source == SuggestionSource.RoutingRule);
        Assert.Equal(zjj, rule.Lead.Id);
        Assert.Equal(scjgj, Assert.Single(rule.CoUnits).Id);
        Assert.Contains("物业管理", rule.Reason);
        Assert.Contains("全部属地", rule.Reason);
        var fallback = Assert.Single(suggestions, s => s.Source == SuggestionSource.CategoryDefault);
        Assert.Equal(zjj, fallback.Lead.Id);
        Assert.Contains("默认承办单位", fallback.Reason);
        var history = suggestions.Where(s => s.Source == SuggestionSource.History).ToList();
        var fromHistory = Assert.Single(history);
        Assert.Equal(street, fromHistory.Lead.Id);
        Assert.Contains("近 180 天同分类同属地主办 1 件", fromHistory.Reason);

        // Once the street office's return of this very case was approved, history no longer suggests it for the case.
        await DispatchAsync(app, accepted.CaseId, street);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DispatchDbContext>();
            var assignment = db.Assignments.Single(a => a.CaseId == accepted.CaseId && a.UnitId == street);
            var request = new ReturnRequest
            {
                CaseId = accepted.CaseId, AssignmentId = assignment.Id, UnitId = street, Reason = ReturnReason.NotOurDuty,
                Basis = "物业管理属住建部门职责", AppliedAtUtc = app.Clock.GetUtcNow().UtcDateTime, AppliedBy = "cgjd",
            };
            db.Returns.Add(request);
            db.Entry(request).Property(r => r.Status).CurrentValue = ReturnStatus.Approved;
            await db.SaveChangesAsync();
        });
        var after = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<DispatchSuggestions>().ForCaseAsync(accepted.CaseId));
        Assert.DoesNotContain(after, s => s.Source == SuggestionSource.History && s.Lead.Id == street);
    }

    [Fact]
    public async Task Return_counts_per_unit_group_the_outcomes()
    {
        var accepted = await AcceptedCaseAsync(app);
        var unit = await UnitAsync(app, "RSJ");
        await DispatchAsync(app, accepted.CaseId, unit);
        var now = app.Clock.GetUtcNow().UtcDateTime;
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<DispatchDbContext>();
            var assignment = db.Assignments.Single(a => a.CaseId == accepted.CaseId);
            foreach (var (status, disputed) in new[]
                     {
                         (ReturnStatus.Pending, false), (ReturnStatus.Approved, false), (ReturnStatus.Refused, false),
                         (ReturnStatus.Disputed, true), (ReturnStatus.DisputeUpheld, true), (ReturnStatus.DisputeRejected, true),
                     })
            {
                var request = new ReturnRequest
                {
                    CaseId = accepted.CaseId, AssignmentId = assignment.Id, UnitId = unit, Reason = ReturnReason.Other, Basis = "测试",
                    AppliedAtUtc = now, AppliedBy = "rsj",
                };
                db.Returns.Add(request);
                db.Entry(request).Property(r => r.Status).CurrentValue = status;
                db.Entry(request).Property(r => r.DisputedAtUtc).CurrentValue = disputed ? now : null;
            }
            // Outside the period: not counted.
            var lastMonth = new ReturnRequest
            {
                CaseId = accepted.CaseId, AssignmentId = assignment.Id, UnitId = unit, Reason = ReturnReason.Other, Basis = "上月",
                AppliedAtUtc = now.AddDays(-40), AppliedBy = "rsj",
            };
            db.Returns.Add(lastMonth);
            db.Entry(lastMonth).Property(r => r.Status).CurrentValue = ReturnStatus.Approved;
            await db.SaveChangesAsync();
        });

        var counts = await app.WithScopeAsync(sp => sp.GetRequiredService<IAssignmentDirectory>().ReturnCountsAsync(now.AddDays(-1), now.AddDays(1)));

        Assert.Equal(new UnitReturnCounts(unit, Requested: 6, Approved: 2, Refused: 2, Disputed: 3), Assert.Single(counts, c => c.UnitId == unit));
        var summaries = await app.WithScopeAsync(sp => sp.GetRequiredService<IAssignmentDirectory>().ForCaseAsync(accepted.CaseId));
        Assert.True(Assert.Single(summaries).IsActive);
    }
}

public sealed class SqliteDispatchLookupTests(SqliteApp app) : DispatchLookupTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbDispatchLookupTests(MariaDbApp app) : DispatchLookupTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
