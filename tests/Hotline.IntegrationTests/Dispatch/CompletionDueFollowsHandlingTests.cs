using Hotline.Dispatch.Contracts;
using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Returns.SubDispatch;
using Hotline.Evaluation.Contracts;
using Hotline.Evaluation.Domain;
using Hotline.Handling.Domain;
using Hotline.Handling.Extensions;
using Hotline.Handling.Persistence;
using Hotline.IntegrationTests.Handling;
using Hotline.IntegrationTests.Handling.Outcomes;
using Hotline.Platform.Identity;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Migrations.Operations;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.Returns.ReturnTestData;
using Ev = Hotline.IntegrationTests.Evaluation.EvaluationTestData;

namespace Hotline.IntegrationTests.Dispatch;

/// <summary>
/// Dispatch keeps a copy of each unit's deadlines for the case panel, the return review and other modules (through
/// <see cref="IAssignmentDirectory"/>: the archive record, the REST API). When Handling moves the completion deadline
/// (批准延期, 重办下达), the copy follows, through the real services and events.
/// </summary>
public abstract class CompletionDueFollowsHandlingTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<AssignmentView> PanelRowAsync(Guid caseId, Guid assignmentId) =>
        app.AsUserAsync("dispatcher", async sp =>
            (await sp.GetRequiredService<CaseAssignmentsQuery>().ForViewerAsync(caseId)).Assignments.Single(a => a.Id == assignmentId));

    private Task<AssignmentSummary> DirectoryRowAsync(Guid caseId, Guid assignmentId) =>
        app.WithScopeAsync(async sp => (await sp.GetRequiredService<IAssignmentDirectory>().ForCaseAsync(caseId)).Single(a => a.AssignmentId == assignmentId));

    private Task<ExtensionRequest> ExtensionAsync(Guid assignmentId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Extensions.AsNoTracking().SingleAsync(e => e.AssignmentId == assignmentId));

    private async Task<ExtensionRequest> RequestExtensionAsync(string user, Guid assignmentId)
    {
        await OutcomeTestData.SignAsync(app, user, assignmentId);
        await app.AsUserAsync(user, async sp => await sp.GetRequiredService<ExtensionService>().RequestAsync(assignmentId,
            await HandlingTestData.VersionAsync(app, assignmentId), "需协调多个部门现场核实", "已联系诉求人说明情况"));
        return await ExtensionAsync(assignmentId);
    }

    private Task DecideAsync(ExtensionRequest request, bool approve) =>
        app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<ExtensionService>()
            .DecideAsync(request.Id, request.Version, approve, approve ? null : "请按期办结"));

    [Fact]
    public async Task An_approved_extension_moves_the_unit_and_its_sub_units_deadline_in_dispatch()
    {
        await EnsureUserAsync(app, "cgjd.mgr", "CGJD", HotlineRoles.UnitManager);
        await EnsureUserAsync(app, "cgjd", "CGJD", HotlineRoles.UnitHandler);
        var caseId = await DispatchedCaseAsync(app, "CGJD");
        await app.DeliverEventsAsync();
        var street = await ActiveAssignmentAsync(app, caseId, "CGJD");
        var subId = await app.AsUserAsync("cgjd.mgr", async sp => await sp.GetRequiredService<SubDispatching>()
            .SubDispatchAsync(street.Id, street.Version, await UnitAsync(app, "CGJD-01"), "请社区上门核实"));
        await app.DeliverEventsAsync();
        Assert.Equal($"{street.CompletionWorkingDays} 个工作日", (await PanelRowAsync(caseId, street.Id)).CompletionTerm);

        await DecideAsync(await RequestExtensionAsync("cgjd", street.Id), approve: true);
        await app.DeliverEventsAsync();

        var extended = (await HandlingTestData.AssignmentAsync(app, street.Id)).CompletionDueUtc;
        Assert.True(extended > street.CompletionDueUtc);
        foreach (var id in new[] { street.Id, subId })
        {
            var row = await PanelRowAsync(caseId, id);
            Assert.Equal((extended, "已批准延期"), (row.CompletionDueUtc, row.CompletionTerm));
            Assert.Equal(extended, (await DirectoryRowAsync(caseId, id)).CompletionDueUtc);
            Assert.Equal(extended, (await HandlingTestData.AssignmentAsync(app, id)).CompletionDueUtc);
        }
    }

    [Fact]
    public async Task A_refused_extension_leaves_the_deadline_as_dispatched()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        var lead = await ActiveAssignmentAsync(app, caseId, "ZJJ");

        await DecideAsync(await RequestExtensionAsync("zjj", lead.Id), approve: false);
        await app.DeliverEventsAsync();

        var row = await PanelRowAsync(caseId, lead.Id);
        Assert.Equal((lead.CompletionDueUtc, $"{lead.CompletionWorkingDays} 个工作日"), (row.CompletionDueUtc, row.CompletionTerm));
    }

    [Fact]
    public async Task A_redo_restarts_the_leads_deadline_in_dispatch()
    {
        var caseId = await DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        var lead = await ActiveAssignmentAsync(app, caseId, "ZJJ");
        await OutcomeTestData.SignAsync(app, "zjj", lead.Id);
        await OutcomeTestData.ContactAsync(app, "zjj", lead.Id);
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "zjj", lead.Id));
        await app.DeliverEventsAsync();

        app.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(RevisitState.FollowUp, await Ev.RecordAsync(app, caseId, Ev.Rated(Rating.Dissatisfied, resolved: false)));
        Assert.Equal(RevisitState.AwaitingRedo, await Ev.FollowUpAsync(app, caseId, DissatisfactionCause.HandlingProblem));
        await app.DeliverEventsAsync();

        var redone = await HandlingTestData.AssignmentAsync(app, lead.Id);
        Assert.Equal(1, redone.RedoRound);
        Assert.True(redone.CompletionDueUtc > lead.CompletionDueUtc);
        var row = await PanelRowAsync(caseId, lead.Id);
        Assert.Equal((redone.CompletionDueUtc, "第1次重办"), (row.CompletionDueUtc, row.CompletionTerm));
        Assert.Equal(redone.CompletionDueUtc, (await DirectoryRowAsync(caseId, lead.Id)).CompletionDueUtc);
    }

    /// <summary>
    /// The upgrade to this behaviour: the migration DispatchCompletionDueFollowsHandling copies, once, a deadline Handling
    /// moved while Dispatch did not follow yet; a deadline that did not move keeps its date and has no note.
    /// </summary>
    [Fact]
    public async Task The_upgrade_copies_a_deadline_handling_moved_before_dispatch_followed_it()
    {
        var movedCase = await DispatchedCaseAsync(app, "ZJJ");
        var keptCase = await DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        var stale = await ActiveAssignmentAsync(app, movedCase, "ZJJ");
        var kept = await ActiveAssignmentAsync(app, keptCase, "ZJJ");
        var movedDue = stale.CompletionDueUtc.AddDays(7);
        await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Assignments.Where(a => a.Id == stale.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(a => a.CompletionDueUtc, movedDue)));

        await app.WithScopeAsync(async sp =>
        {
            var schema = sp.GetRequiredService<SchemaDbContext>();
            var migrations = schema.GetService<IMigrationsAssembly>();
            var migration = migrations.CreateMigration(
                migrations.Migrations.Single(m => m.Key.EndsWith("_DispatchCompletionDueFollowsHandling")).Value, schema.Database.ProviderName!);
            var copies = migration.UpOperations.OfType<SqlOperation>().ToList();
            Assert.NotEmpty(copies);
            foreach (var copy in copies)
                await schema.Database.ExecuteSqlRawAsync(copy.Sql);
        });

        var copied = await ActiveAssignmentAsync(app, movedCase, "ZJJ");
        Assert.Equal(movedDue, copied.CompletionDueUtc);
        Assert.Equal("办理期限已调整", copied.CompletionDueNote);
        var same = await ActiveAssignmentAsync(app, keptCase, "ZJJ");
        Assert.Equal(kept.CompletionDueUtc, same.CompletionDueUtc);
        Assert.Null(same.CompletionDueNote);
    }
}

public sealed class SqliteCompletionDueFollowsHandlingTests(SqliteApp app) : CompletionDueFollowsHandlingTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCompletionDueFollowsHandlingTests(MariaDbApp app) : CompletionDueFollowsHandlingTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
