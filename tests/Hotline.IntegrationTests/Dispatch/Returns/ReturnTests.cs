using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Domain;
using Hotline.Platform;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.Returns.ReturnTestData;
using Hotline.Dispatch.Returns;
using Hotline.Dispatch.Returns.Apply;
using Hotline.Dispatch.Returns.Review;

namespace Hotline.IntegrationTests.Dispatch.Returns;

public abstract class ReturnTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task An_approved_return_of_the_lead_ends_every_assignment_and_queues_the_case_again()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ", "SCJGJ");
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");

        var request = await RequestAsync(app, requestId);
        Assert.Equal(ReturnStatus.Pending, request.Status);
        Assert.Equal(ReturnReason.NotOurDuty, request.Reason);
        Assert.Equal("zjj", request.AppliedBy);
        Assert.Equal(1, await OutboxCountAsync(app, requestId, nameof(ReturnRequested)));

        app.Clock.Advance(TimeSpan.FromHours(1));
        var outcome = await ApproveAsync(app, requestId);

        Assert.True(outcome.CaseBackInQueue);
        Assert.False(outcome.AwaitingDesignation);
        Assert.All(await AssignmentsAsync(app, caseId), a => Assert.Equal(AssignmentStatus.Returned, a.Status));
        var dispatchCase = await CaseAsync(app, caseId);
        Assert.Equal(DispatchState.Waiting, dispatchCase.State);
        Assert.Equal(1, dispatchCase.ApprovedReturns);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, dispatchCase.QueuedAtUtc);
        Assert.Equal(ReturnStatus.Approved, (await RequestAsync(app, requestId)).Status);

        var ended = Assert.Single(await OutboxPayloadsAsync(app, caseId, nameof(AssignmentsEnded)));
        Assert.Contains("\"caseBackInQueue\":true", ended);
        Assert.Equal(1, await OutboxCountAsync(app, requestId, nameof(ReturnDecided)));
        var timeline = await TimelineAsync(app, caseId);
        Assert.Contains(timeline, t => t.Action == "申请退单");
        Assert.Contains(timeline, t => t.Action == "退单审核同意");
        Assert.Contains(timeline, t => t.Action == "退回待派单");
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(a => a.ObjectId == requestId.ToString() && a.UserName == "dispatcher" && a.Action == "退单审核同意")));
        await app.DeliverEventsAsync();
    }

    [Fact]
    public async Task An_approved_return_of_a_co_unit_ends_only_its_part()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ", "SCJGJ");
        var requestId = await ApplyAsync(app, "scjgj", caseId, "SCJGJ", ReturnReason.Other, "协办事项与本局职能无关，请中心核实。");

        var outcome = await ApproveAsync(app, requestId);

        Assert.False(outcome.CaseBackInQueue);
        Assert.Equal(AssignmentStatus.Active, (await ActiveAssignmentAsync(app, caseId, "ZJJ")).Status);
        var scjgj = await UnitAsync(app, "SCJGJ");
        Assert.Equal(AssignmentStatus.Returned, (await AssignmentsAsync(app, caseId)).Single(a => a.UnitId == scjgj).Status);
        Assert.Equal(DispatchState.Dispatched, (await CaseAsync(app, caseId)).State);
        Assert.Equal(0, (await CaseAsync(app, caseId)).ApprovedReturns);
    }

    [Fact]
    public async Task A_refused_return_keeps_the_deadlines_may_be_disputed_once_and_the_supervisor_rejects_finally()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        var before = await ActiveAssignmentAsync(app, caseId, "ZJJ");
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");

        var noReason = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => RefuseAsync(app, requestId, reason: " "));
        Assert.Equal("请填写驳回理由。", noReason.Message);
        await RefuseAsync(app, requestId);

        var after = await ActiveAssignmentAsync(app, caseId, "ZJJ");
        Assert.Equal(before.CompletionDueUtc, after.CompletionDueUtc);
        Assert.Equal(before.SignForDueUtc, after.SignForDueUtc);
        Assert.Equal(DispatchState.Dispatched, (await CaseAsync(app, caseId)).State);
        Assert.Contains("\"approved\":false,\"final\":false", Assert.Single(await OutboxPayloadsAsync(app, requestId, nameof(ReturnDecided))));

        var again = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => ApplyAsync(app, "zjj", caseId, "ZJJ"));
        Assert.Contains("已被驳回", again.Message);

        await DisputeAsync(app, requestId);
        Assert.Equal(ReturnStatus.Disputed, (await RequestAsync(app, requestId)).Status);
        var twice = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => DisputeAsync(app, requestId));
        Assert.Equal("该退单申请已提出过争议，每次退单只能争议一次，请等待督办员审核。", twice.Message);

        var noNote = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => DecideDisputeAsync(app, requestId, uphold: false, note: null));
        Assert.Equal("请填写驳回争议的理由。", noNote.Message);
        await DecideDisputeAsync(app, requestId, uphold: false);

        var decided = await RequestAsync(app, requestId);
        Assert.Equal(ReturnStatus.DisputeRejected, decided.Status);
        Assert.Equal("supervisor", decided.DisputeDecidedBy);
        Assert.Equal(2, await OutboxCountAsync(app, requestId, nameof(ReturnDecided)));
        Assert.Equal(AssignmentStatus.Active, (await ActiveAssignmentAsync(app, caseId, "ZJJ")).Status);
        var final = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => DisputeAsync(app, requestId));
        Assert.Equal("争议已审核驳回，为最终决定，不能再次提出争议。", final.Message);
    }

    [Fact]
    public async Task An_upheld_dispute_approves_the_return()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");
        await RefuseAsync(app, requestId);
        await DisputeAsync(app, requestId);
        // The center coordinated the dispute first (002 art. 23): the decision cites that record.
        var number = (await CaseAsync(app, caseId)).CaseNumber;
        var housing = await UnitAsync(app, "ZJJ");
        await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<Hotline.Supervision.Coordination.Coordinations>().RecordAsync(
            new Hotline.Supervision.Coordination.CoordinationInput(Hotline.Supervision.Domain.CoordinationKind.Coordination, "电梯维修职责协调会", number,
                app.Clock.GetUtcNow().UtcDateTime.AddHours(-1), "住建局、市场监管局", "确认由物业主管部门牵头", housing)));

        var outcome = await DecideDisputeAsync(app, requestId, uphold: true, note: null);

        Assert.Contains("协调记录《电梯维修职责协调会》", (await RequestAsync(app, requestId)).DisputeDecisionNote);
        Assert.NotNull(outcome);
        Assert.True(outcome.CaseBackInQueue);
        Assert.Equal(ReturnStatus.DisputeUpheld, (await RequestAsync(app, requestId)).Status);
        Assert.Equal(DispatchState.Waiting, (await CaseAsync(app, caseId)).State);
        Assert.Contains(await TimelineAsync(app, caseId), t => t.Action == "退单争议成立");
    }

    [Fact]
    public async Task A_pending_or_approved_request_cannot_be_disputed()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");
        var pending = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => DisputeAsync(app, requestId));
        Assert.Equal("退单申请尚在审核中，审核驳回后才能提出争议。", pending.Message);
        var twin = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => ApplyAsync(app, "zjj.mgr", caseId, "ZJJ"));
        Assert.Equal("本单已有待审核的退单申请，请等待审核结果。", twin.Message);

        await ApproveAsync(app, requestId);
        var approved = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => DisputeAsync(app, requestId));
        Assert.Equal("退单申请已同意，无需提出争议。", approved.Message);
    }

    [Fact]
    public async Task A_return_after_the_window_is_refused_with_the_explanation_and_a_short_basis_is_refused()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        var assignment = await ActiveAssignmentAsync(app, caseId, "ZJJ");

        var shortBasis = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => ApplyAsync(app, "zjj", caseId, "ZJJ", basis: "不归我管"));
        Assert.Equal("请填写退单依据（至少 10 个字）。", shortBasis.Message);

        app.Clock.SetUtcNow(assignment.ReturnWindowEndsUtc.AddMinutes(1));
        var late = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => ApplyAsync(app, "zjj", caseId, "ZJJ"));
        Assert.Equal($"派单后 1 个工作日内可申请退单，本单退单期限已于 {ReturnWindow.DeadlineText(assignment.ReturnWindowEndsUtc)} 届满", late.Message);
        Assert.Contains("24:00", late.Message);
        await app.WithScopeAsync(async sp =>
            Assert.False(await sp.GetRequiredService<Hotline.Dispatch.Persistence.DispatchDbContext>().Returns.AnyAsync(r => r.CaseId == caseId)));
    }

    [Fact]
    public async Task The_third_approved_return_sends_the_case_to_the_supervisor_for_designation()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        for (var round = 1; round <= 3; round++)
        {
            if (round > 1)
                await DispatchAsync(app, caseId, round == 2 ? "SCJGJ" : "ZJJ");
            var (user, unit) = round == 2 ? ("scjgj", "SCJGJ") : ("zjj", "ZJJ");
            var outcome = await ApproveAsync(app, await ApplyAsync(app, user, caseId, unit));
            Assert.Equal(round == 3, outcome.AwaitingDesignation);
        }

        var dispatchCase = await CaseAsync(app, caseId);
        Assert.Equal(DispatchState.AwaitingDesignation, dispatchCase.State);
        Assert.Equal(3, dispatchCase.ApprovedReturns);
        Assert.Contains(await TimelineAsync(app, caseId), t => t.Action == "转指定办理");
        Assert.Equal(3, await OutboxCountAsync(app, caseId, nameof(AssignmentsEnded)));
    }

    [Fact]
    public async Task Of_two_dispatchers_deciding_at_once_one_wins_and_the_other_is_told()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");
        var version = (await RequestAsync(app, requestId)).Version;

        var attempts = await Task.WhenAll(
            Attempt(() => app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<ReturnReviews>().ApproveAsync(requestId, version, null))),
            Attempt(() => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<ReturnReviews>().RefuseAsync(requestId, version, "属于本单位职责，请继续办理。"))));

        Assert.Single(attempts, e => e is null);
        var loser = Assert.IsAssignableFrom<BusinessRuleException>(Assert.Single(attempts, e => e is not null));
        Assert.Contains("请刷新后查看", loser.Message);
        var decided = await RequestAsync(app, requestId);
        Assert.Contains(decided.Status, new[] { ReturnStatus.Approved, ReturnStatus.Refused });
        Assert.Equal(1, await OutboxCountAsync(app, requestId, nameof(ReturnDecided)));
        // Nothing half-saved by the loser: the assignment's state matches the winner's decision.
        var ended = (await AssignmentsAsync(app, caseId)).Single().Status == AssignmentStatus.Returned;
        Assert.Equal(decided.Status == ReturnStatus.Approved, ended);
    }

    [Fact]
    public async Task Units_and_center_roles_are_refused_what_is_not_theirs()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ", "SCJGJ");
        var zjjAssignment = await ActiveAssignmentAsync(app, caseId, "ZJJ");

        var stranger = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => app.AsUserAsync("scjgj", sp => sp.GetRequiredService<ReturnApplications>()
            .ApplyAsync(zjjAssignment.Id, zjjAssignment.Version, ReturnReason.NotOurDuty, Basis)));
        Assert.Equal("派单不存在，或不是派给本单位的。", stranger.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ApplyAsync(app, "dispatcher", caseId, "ZJJ"));

        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ApproveAsync(app, requestId, user: "zjj.mgr"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => RefuseAsync(app, requestId, user: "agent"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj", sp => sp.GetRequiredService<ReturnQueries>()
            .PageAsync(new ReturnListQuery(ReturnListKind.Pending, 0, 20))));

        await RefuseAsync(app, requestId);
        var foreignDispute = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => DisputeAsync(app, requestId, user: "scjgj"));
        Assert.Equal("退单申请不存在，或不属于本单位。", foreignDispute.Message);
        await DisputeAsync(app, requestId);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => DecideDisputeAsync(app, requestId, uphold: true, user: "dispatcher"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<ReturnQueries>()
            .PageAsync(new ReturnListQuery(ReturnListKind.Disputed, 0, 20))));
        Assert.Equal(ReturnStatus.Disputed, (await RequestAsync(app, requestId)).Status);
    }

    [Fact]
    public async Task The_panel_shows_a_unit_only_its_own_part_and_the_center_every_request()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ", "SCJGJ");
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");

        var market = await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<ReturnPanelQuery>().LoadAsync(caseId));
        var own = Assert.Single(market.UnitAssignments);
        Assert.Equal("县市场监督管理局", own.UnitName);
        Assert.Empty(own.Requests);
        Assert.Null(own.WhyNoReturn);

        var housing = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ReturnPanelQuery>().LoadAsync(caseId));
        var mine = Assert.Single(housing.UnitAssignments);
        Assert.Equal(requestId, Assert.Single(mine.Requests).Row.RequestId);
        Assert.Equal("本单已有待审核的退单申请，请等待审核结果。", mine.WhyNoReturn);

        var center = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<ReturnPanelQuery>().LoadAsync(caseId));
        Assert.True(center.CanReview);
        Assert.False(center.CanDecideDisputes);
        Assert.Equal(requestId, Assert.Single(center.CaseRequests).RequestId);

        var pending = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<ReturnQueries>()
            .PageAsync(new ReturnListQuery(ReturnListKind.Pending, 0, 50, CaseNumber: center.CaseRequests[0].CaseNumber)));
        Assert.Equal(requestId, Assert.Single(pending.Rows).RequestId);
    }

    private static async Task<Exception?> Attempt(Func<Task> action)
    {
        try
        {
            await action();
            return null;
        }
        catch (Exception ex)
        {
            return ex;
        }
    }
}

public sealed class SqliteReturnTests(SqliteApp app) : ReturnTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbReturnTests(MariaDbApp app) : ReturnTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
