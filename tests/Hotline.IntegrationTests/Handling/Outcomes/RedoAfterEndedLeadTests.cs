using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.Returns.ReturnTestData;
using Ev = Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Handling.Outcomes;

/// <summary>
/// 重办 when the lead unit's assignment has ended: every step through the real services (Intake registers, Dispatch
/// dispatches, reassigns and approves returns, Handling replies, Evaluation revisits and sends the case back).
/// </summary>
public abstract class RedoAfterEndedLeadTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    /// <summary>A complaint dispatched for real to 住建局, signed for, the caller contacted, replied, and the reply delivered to Evaluation.</summary>
    private async Task<(Guid CaseId, Guid LeadId)> RepliedByZjjAsync()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        var leadId = (await ActiveAssignmentAsync(app, caseId, "ZJJ")).Id;
        await ReplyAsync("zjj", leadId);
        return (caseId, leadId);
    }

    /// <summary>The unit signs for (the redo too), contacts the caller and replies; Evaluation hears of it.</summary>
    private async Task ReplyAsync(string user, Guid assignmentId)
    {
        await OutcomeTestData.SignAsync(app, user, assignmentId);
        await OutcomeTestData.ContactAsync(app, user, assignmentId);
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, user, assignmentId));
        await app.DeliverEventsAsync();
    }

    /// <summary>The agent's revisit: dissatisfied for a handling problem, so the case is sent back for redo.</summary>
    private async Task SendBackForRedoAsync(Guid caseId)
    {
        Assert.Equal(RevisitState.FollowUp, await Ev.RecordAsync(app, caseId, Ev.Rated(Rating.Dissatisfied, resolved: false)));
        Assert.Equal(RevisitState.AwaitingRedo, await Ev.FollowUpAsync(app, caseId, DissatisfactionCause.HandlingProblem));
        await app.DeliverEventsAsync();
    }

    private Task<List<HandlingAssignment>> HandlingAssignmentsAsync(Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Assignments.AsNoTracking()
            .Where(a => a.CaseId == caseId).OrderBy(a => a.DispatchedAtUtc).ToListAsync());

    [Fact]
    public async Task Reproduction_a_redo_after_the_lead_was_reassigned_reaches_no_unit()
    {
        var (caseId, leadId) = await RepliedByZjjAsync();
        app.Clock.Advance(TimeSpan.FromHours(2));
        await DispatchAsync(app, caseId, "SCJGJ", reason: "经核实电梯安全属市场监管职责");
        await app.DeliverEventsAsync();

        await SendBackForRedoAsync(caseId);

        var assignments = await HandlingAssignmentsAsync(caseId);
        Assert.Equal(HandlingStatus.Ended, assignments.Single(a => a.Id == leadId).Status);
        Assert.All(assignments, a => Assert.Equal(0, a.RedoRound));   // no unit has the redo
        Assert.Equal(RevisitState.AwaitingRedo, (await Ev.LoadAsync(app, caseId))!.State);
    }

    [Fact]
    public async Task Reproduction_a_redo_after_the_leads_return_was_approved_stays_redoing_for_ever()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        var leadId = (await ActiveAssignmentAsync(app, caseId, "ZJJ")).Id;
        var requestId = await ApplyAsync(app, "zjj", caseId, "ZJJ");
        await ReplyAsync("zjj", leadId);
        await ApproveAsync(app, requestId);
        await app.DeliverEventsAsync();

        await SendBackForRedoAsync(caseId);
        // The dispatcher sends the case out again; the new lead's reply is of round 0, which Evaluation no longer takes.
        await DispatchAsync(app, caseId, "SCJGJ");
        await app.DeliverEventsAsync();
        var newLeadId = (await ActiveAssignmentAsync(app, caseId, "SCJGJ")).Id;
        await ReplyAsync("scjgj", newLeadId);

        Assert.Equal(0, (await HandlingTestData.AssignmentAsync(app, newLeadId)).RedoRound);
        var stuck = (await Ev.LoadAsync(app, caseId))!;
        Assert.Equal((RevisitState.AwaitingRedo, 0), (stuck.State, stuck.Round));
    }
}

public sealed class SqliteRedoAfterEndedLeadTests(SqliteApp app) : RedoAfterEndedLeadTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbRedoAfterEndedLeadTests(MariaDbApp app) : RedoAfterEndedLeadTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
