using Hotline.Handling.SignFor;
using Hotline.IntegrationTests.Handling;
using Hotline.Platform.Cases;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.FlowSheet;

/// <summary>
/// The flow record (#18.7): one entry per action — Intake's mirror of another module's step stays out of it — and
/// each entry names the person with role and unit, never a login name.
/// </summary>
public abstract class FlowRecordTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_sign_for_is_one_entry_naming_the_person_role_and_unit()
    {
        var d = await HandlingTestData.DispatchAsync(app, "1370016" + Random.Shared.Next(1000, 9999), withCo: false);
        await app.AsUserAsync("zjj", async sp => await sp.GetRequiredService<SignForService>().SignForAsync(d.LeadId, await HandlingTestData.VersionAsync(app, d.LeadId)));
        await app.DeliverEventsAsync();

        var steps = await app.WithScopeAsync(sp => sp.GetRequiredService<CaseTimelineReader>().ReadAsync(d.CaseId, CaseViewer.Center));

        var signed = Assert.Single(steps, s => s.Action.Contains("签收"));
        Assert.Equal("住建局承办人赵强（承办人）", signed.Actor);
        Assert.Equal("县住房和城乡建设局", signed.UnitName);
        // Intake mirrors the dispatch and the sign-for for the caller's lookup; neither mirror is a second entry.
        Assert.DoesNotContain(steps, s => s.Stage == "受理" && s.Action is "派单" or "承办单位签收");
        Assert.DoesNotContain(steps, s => s.Actor is "zjj" or "agent" or "dispatcher" or "状态同步");
        Assert.Contains(steps, s => s.Action == "登记" && s.Actor == "话务员小陈（话务员）");
    }
}

public sealed class SqliteFlowRecordTests(SqliteApp app) : FlowRecordTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbFlowRecordTests(MariaDbApp app) : FlowRecordTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
