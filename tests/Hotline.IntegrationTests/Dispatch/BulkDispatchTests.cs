using Hotline.Dispatch.Domain;
using Hotline.Dispatch.Dispatching.Bulk;
using Hotline.Platform;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.DispatchTestData;

namespace Hotline.IntegrationTests.Dispatch;

/// <summary>Issue #18.13: 批量派单 — several waiting cases confirmed at once on their suggestion, each dispatched on its own.</summary>
public abstract class BulkDispatchTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Cases_with_the_same_suggestion_are_grouped_and_each_is_dispatched_with_its_own_result()
    {
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");
        var first = await AcceptedCaseAsync(app, "小区电梯停运多日无人维修，物业推诿");
        var second = await AcceptedCaseAsync(app, "物业公司擅自提高停车费");
        var gone = await AcceptedCaseAsync(app, "物业不清理楼道垃圾");
        await DispatchAsync(app, gone.CaseId, zjj);

        var plan = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<BulkDispatching>()
            .PlanAsync([first.CaseId, second.CaseId, gone.CaseId]));

        // The demo rule 物业管理 → 住建局 with 市场监管局 suggests the same units for both waiting cases.
        var group = Assert.Single(plan.Groups);
        Assert.Equal((zjj, scjgj), (group.Suggestion.Lead.Id, Assert.Single(group.Suggestion.CoUnits).Id));
        Assert.Equal([first.CaseNumber, second.CaseNumber], group.Cases.Select(c => c.CaseNumber).Order());
        var skipped = Assert.Single(plan.Skipped);
        Assert.Equal((gone.CaseNumber, "已不在待派单队列。"), (skipped.CaseNumber, skipped.Why));

        // Meanwhile another dispatcher sends the second case elsewhere: only that one is refused, the first goes out.
        await DispatchAsync(app, second.CaseId, await UnitAsync(app, "CGJD"));
        var reported = new List<BulkResult>();
        var results = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<BulkDispatching>()
            .RunAsync(plan, new Collect(reported)));

        Assert.Equal(results, reported);
        Assert.True(results.Single(r => r.CaseNumber == first.CaseNumber).Dispatched);
        Assert.Contains("住房和城乡建设局", results.Single(r => r.CaseNumber == first.CaseNumber).Message);
        var refused = results.Single(r => r.CaseNumber == second.CaseNumber);
        Assert.False(refused.Dispatched);
        Assert.Contains("已被其他派单员派出", refused.Message);
        Assert.Equal(DispatchState.Dispatched, (await CaseAsync(app, first.CaseId)).State);
        var firstAssignments = await AssignmentsAsync(app, first.CaseId);
        Assert.Equal([zjj, scjgj], firstAssignments.OrderBy(a => a.Role).Select(a => a.UnitId));
        // The second keeps the other dispatcher's single unit: nothing of the batch was added to it.
        Assert.Single(await AssignmentsAsync(app, second.CaseId));
    }

    [Fact]
    public async Task Nothing_ticked_too_many_or_a_unit_user_is_refused()
    {
        var accepted = await AcceptedCaseAsync(app);
        var bulk = (string user, IReadOnlyCollection<Guid> ids) => app.AsUserAsync(user, sp => sp.GetRequiredService<BulkDispatching>().PlanAsync(ids));

        Assert.Equal("请先勾选要派出的工单。", (await Assert.ThrowsAsync<BusinessRuleException>(() => bulk("dispatcher", []))).Message);
        var many = Enumerable.Range(0, BulkDispatching.MaxCases + 1).Select(_ => Guid.NewGuid()).ToList();
        Assert.Contains("最多批量派出 50 件", (await Assert.ThrowsAsync<BusinessRuleException>(() => bulk("dispatcher", many))).Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => bulk("zjj", [accepted.CaseId]));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => bulk("agent", [accepted.CaseId]));
        Assert.Equal(DispatchState.Waiting, (await CaseAsync(app, accepted.CaseId)).State);
    }

    private sealed class Collect(List<BulkResult> into) : IProgress<BulkResult>
    {
        public void Report(BulkResult value) => into.Add(value);
    }
}

public sealed class SqliteBulkDispatchTests(SqliteApp app) : BulkDispatchTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbBulkDispatchTests(MariaDbApp app) : BulkDispatchTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
