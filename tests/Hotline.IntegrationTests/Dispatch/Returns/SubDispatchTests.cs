using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Domain;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.Returns.ReturnTestData;
using Hotline.Dispatch.Returns;
using Hotline.Dispatch.Returns.Apply;
using Hotline.Dispatch.Returns.SubDispatch;
using Hotline.Handling.Inbox;
using Hotline.Platform.Seeding;

namespace Hotline.IntegrationTests.Dispatch.Returns;

/// <summary>二级派单 by the 城关街道 manager to its communities; the demo bureaus have no sub-units.</summary>
public abstract class SubDispatchTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private const string Street = "CGJD";
    private const string Manager = "cgjd.mgr";
    private const string Handler = "cgjd";
    private const string Community = "CGJD-01";
    private const string CommunityHandler = "cgjd01";

    private async Task<Guid> StreetCaseAsync()
    {
        await EnsureUserAsync(app, Manager, Street, HotlineRoles.UnitManager);
        await EnsureUserAsync(app, Handler, Street, HotlineRoles.UnitHandler);
        await EnsureUserAsync(app, CommunityHandler, Community, HotlineRoles.UnitHandler);
        return await DispatchedCaseAsync(app, Street);
    }

    private async Task<Guid> SubDispatchAsync(Guid caseId, string targetCode, string user = Manager, string? note = "请文昌社区上门核实")
    {
        var parent = await ActiveAssignmentAsync(app, caseId, Street);
        var target = await UnitAsync(app, targetCode);
        return await app.AsUserAsync(user, sp => sp.GetRequiredService<SubDispatching>().SubDispatchAsync(parent.Id, parent.Version, target, note));
    }

    [Fact]
    public async Task A_sub_dispatch_keeps_the_parent_deadlines_and_the_parent_stays_responsible()
    {
        var caseId = await StreetCaseAsync();
        var parent = await ActiveAssignmentAsync(app, caseId, Street);
        app.Clock.Advance(TimeSpan.FromHours(3));

        var subId = await SubDispatchAsync(caseId, Community);

        var sub = (await AssignmentsAsync(app, caseId)).Single(a => a.Id == subId);
        Assert.Equal(parent.Id, sub.ParentAssignmentId);
        Assert.Equal(await UnitAsync(app, Community), sub.UnitId);
        Assert.Equal(parent.Role, sub.Role);
        Assert.Equal(parent.SignForDueUtc, sub.SignForDueUtc);
        Assert.Equal(parent.FirstContactDueUtc, sub.FirstContactDueUtc);
        Assert.Equal(parent.CompletionDueUtc, sub.CompletionDueUtc);
        Assert.Equal(parent.CompletionWorkingDays, sub.CompletionWorkingDays);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, sub.DispatchedAtUtc);
        Assert.Equal(AssignmentStatus.Active, (await ActiveAssignmentAsync(app, caseId, Street)).Status);
        Assert.Equal(1, await OutboxCountAsync(app, subId, nameof(AssignmentSubDispatched)));
        Assert.Contains(await TimelineAsync(app, caseId), t => t.Action == "二级派单" && t.DueUtc == parent.CompletionDueUtc);

        var second = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => SubDispatchAsync(caseId, "CGJD-02"));
        Assert.StartsWith("本单已下派给 文昌社区居委会", second.Message);

        // The community's part is returned to the street, never to the center.
        var returned = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => app.AsUserAsync(CommunityHandler, sp =>
            sp.GetRequiredService<ReturnApplications>().ApplyAsync(sub.Id, sub.Version, ReturnReason.NotOurDuty, Basis)));
        Assert.Contains("请联系上级单位", returned.Message);

        // The street sees its community's part; the community does not see the street's.
        var streetView = await app.AsUserAsync(Manager, sp => sp.GetRequiredService<ReturnPanelQuery>().LoadAsync(caseId));
        Assert.Equal(2, streetView.UnitAssignments.Count);
        Assert.Equal("文昌社区居委会", streetView.UnitAssignments.Single(a => a.IsOwnUnit).ActiveSub?.UnitName);
        var communityView = await app.AsUserAsync(CommunityHandler, sp => sp.GetRequiredService<ReturnPanelQuery>().LoadAsync(caseId));
        Assert.Equal(subId, Assert.Single(communityView.UnitAssignments).AssignmentId);
    }

    /// <summary>The demo's township accounts (README) work as they are: the street's manager hands a case down, the
    /// community finds it to sign for, the street's handler follows it among its communities' work.</summary>
    [Fact]
    public async Task The_demo_township_accounts_hand_a_case_down_to_their_community_and_both_find_it()
    {
        var caseId = await DispatchedCaseAsync(app, DemoCountyData.DongchengStreetCode);
        var parent = await ActiveAssignmentAsync(app, caseId, DemoCountyData.DongchengStreetCode);
        var community = await UnitAsync(app, DemoCountyData.ChaoyangCommunityCode);
        await app.AsUserAsync("dcjd.mgr", sp => sp.GetRequiredService<SubDispatching>().SubDispatchAsync(parent.Id, parent.Version, community, "请朝阳社区上门核实"));
        await app.DeliverEventsAsync();

        Task<InboxPage> InboxAsync(string user, InboxScope scope) => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<UnitInbox>().PageAsync(new InboxQuery(InboxTab.AwaitingSignFor, scope, PageSize: 200)));
        Assert.Contains((await InboxAsync("cysq", InboxScope.Own)).Rows, r => r.CaseId == caseId);
        Assert.Contains((await InboxAsync("dcjd", InboxScope.SubUnits)).Rows, r => r.CaseId == caseId && r.UnitName == "朝阳社区居委会");
    }

    [Fact]
    public async Task Only_the_manager_of_the_assigned_unit_sub_dispatches_and_only_to_its_own_sub_units()
    {
        var caseId = await StreetCaseAsync();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SubDispatchAsync(caseId, Community, user: Handler));
        var foreign = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => SubDispatchAsync(caseId, Community, user: "zjj.mgr"));
        Assert.Equal("派单不存在，或不是派给本单位的。", foreign.Message);
        var otherStreet = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => SubDispatchAsync(caseId, "DCJD-01"));
        Assert.Equal("只能下派给本单位的下级单位。", otherStreet.Message);
        var itself = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => SubDispatchAsync(caseId, Street));
        Assert.Equal("只能下派给本单位的下级单位。", itself.Message);

        var targets = await app.AsUserAsync(Manager, sp => sp.GetRequiredService<SubDispatching>().TargetsAsync());
        Assert.Contains(targets, t => t.Code == Community);
        Assert.DoesNotContain(targets, t => t.Code == Street || t.Code.StartsWith("DCJD"));
        Assert.Single(await AssignmentsAsync(app, caseId));
    }

    [Fact]
    public async Task A_recalled_sub_dispatch_frees_the_parent_to_pass_it_elsewhere()
    {
        var caseId = await StreetCaseAsync();
        var subId = await SubDispatchAsync(caseId, Community);
        var sub = (await AssignmentsAsync(app, caseId)).Single(a => a.Id == subId);

        var noReason = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => app.AsUserAsync(Manager, sp =>
            sp.GetRequiredService<SubDispatching>().RecallAsync(sub.Id, sub.Version, "")));
        Assert.Equal("请填写收回原因。", noReason.Message);
        await app.AsUserAsync(Manager, sp => sp.GetRequiredService<SubDispatching>().RecallAsync(sub.Id, sub.Version, "涉事地点在鼓楼社区"));

        Assert.Equal(AssignmentStatus.Reassigned, (await AssignmentsAsync(app, caseId)).Single(a => a.Id == subId).Status);
        Assert.Contains("\"caseBackInQueue\":false", Assert.Single(await OutboxPayloadsAsync(app, subId, nameof(AssignmentsEnded))));
        var nextId = await SubDispatchAsync(caseId, "CGJD-02", note: null);
        Assert.NotEqual(subId, nextId);
    }

    [Fact]
    public async Task An_approved_return_of_the_parent_ends_its_sub_dispatch_too()
    {
        var caseId = await StreetCaseAsync();
        var subId = await SubDispatchAsync(caseId, Community);

        var requestId = await ApplyAsync(app, Handler, caseId, Street);
        var outcome = await ApproveAsync(app, requestId);

        Assert.Contains(subId, outcome.EndedAssignmentIds);
        Assert.All(await AssignmentsAsync(app, caseId), a => Assert.Equal(AssignmentStatus.Returned, a.Status));
    }
}

public sealed class SqliteSubDispatchTests(SqliteApp app) : SubDispatchTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbSubDispatchTests(MariaDbApp app) : SubDispatchTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
