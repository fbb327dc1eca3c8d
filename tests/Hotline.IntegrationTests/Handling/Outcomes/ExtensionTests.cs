using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform;
using Hotline.Platform.Calendar;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.Extensions;

namespace Hotline.IntegrationTests.Handling.Outcomes;

/// <summary>延期: once per assignment, before the deadline, the new date computed; the center approves or refuses.</summary>
public abstract class ExtensionTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<DateTime> RequestAsync(string user, Guid id, string? reason = "需协调物业和维保公司更换主板，配件需从厂家调货",
        string? measures = "已约谈物业公司，临时开放备用电梯") =>
        app.AsUserAsync(user, async sp => await sp.GetRequiredService<ExtensionService>()
            .RequestAsync(id, await HandlingTestData.VersionAsync(app, id), reason, measures));

    private Task<ExtensionRequest> RequestRowAsync(Guid assignmentId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Extensions.AsNoTracking().SingleAsync(e => e.AssignmentId == assignmentId));

    private Task DecideAsync(string user, ExtensionRequest request, bool approve, string? note) =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<ExtensionService>().DecideAsync(request.Id, request.Version, approve, note));

    [Fact]
    public async Task An_approved_extension_moves_the_deadline_by_the_original_limit_and_tells_intake()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000001");
        var before = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        var expected = (await app.Service<IWorkingCalendar>().DueAfterWorkingDaysAsync(before.CompletionDueUtc.AddTicks(-1), 15)).DueUtc;

        var preview = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ExtensionService>().ForAssignmentAsync(d.LeadId));
        Assert.Equal(expected, preview.ProposedDueUtc);
        Assert.Null(preview.Refusal);

        Assert.Equal(expected, await RequestAsync("zjj", d.LeadId));
        var request = await RequestRowAsync(d.LeadId);
        Assert.Equal((ExtensionStatus.Pending, before.CompletionDueUtc), (request.Status, request.CurrentDueUtc));
        Assert.Single(await OutcomeTestData.EventsAsync<ExtensionRequested>(app, d.LeadId));
        var (pending, _) = await app.AsUserAsync("dispatcher", sp => sp.GetRequiredService<ExtensionService>().ListAsync(ExtensionListFilter.Pending, 0, 100));
        Assert.Contains(pending, r => r.Id == request.Id && r.UnitName == "县住房和城乡建设局" && r.CaseNumber == d.CaseNumber);

        await DecideAsync("dispatcher", request, approve: true, note: null);

        var after = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        Assert.Equal((expected, true), (after.CompletionDueUtc, after.Extended));
        Assert.Equal(ExtensionStatus.Approved, (await RequestRowAsync(d.LeadId)).Status);
        var decided = Assert.Single(await OutcomeTestData.EventsAsync<ExtensionDecided>(app, d.LeadId));
        Assert.Equal((true, expected, "已约谈物业公司，临时开放备用电梯"), (decided.Approved, decided.NewDueUtc, decided.Measures));
        // 15 working days later than before: the extension equals the original limit, counted from the old due day.
        var rules = await app.Service<IWorkingCalendar>().GetRulesAsync();
        Assert.Equal(15, rules.WorkingDaysLeft(before.CompletionDueUtc.AddTicks(-1), after.CompletionDueUtc));

        var again = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => RequestAsync("zjj", d.LeadId));
        Assert.Contains("只能延期一次", again.Message);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_keeps_the_deadline_and_may_not_be_repeated()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000002");
        var before = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        await RequestAsync("zjj", d.LeadId);
        var request = await RequestRowAsync(d.LeadId);

        var noReason = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => DecideAsync("supervisor", request, approve: false, note: " "));
        Assert.Contains("驳回理由", noReason.Message);
        await DecideAsync("supervisor", request, approve: false, note: "更换配件无需一个月，请按期办结");

        var after = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        Assert.Equal((before.CompletionDueUtc, false), (after.CompletionDueUtc, after.Extended));
        var refused = await RequestRowAsync(d.LeadId);
        Assert.Equal((ExtensionStatus.Refused, "supervisor"), (refused.Status, refused.DecidedBy));
        var decided = Assert.Single(await OutcomeTestData.EventsAsync<ExtensionDecided>(app, d.LeadId));
        Assert.Equal((false, null), (decided.Approved, decided.NewDueUtc));

        var repeat = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => RequestAsync("zjj", d.LeadId));
        Assert.Contains("已被驳回", repeat.Message);
        var decideAgain = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => DecideAsync("dispatcher", refused, approve: true, note: null));
        Assert.Contains("不能重复审批", decideAgain.Message);
    }

    [Fact]
    public async Task A_second_request_and_one_after_the_deadline_are_refused_with_clear_messages()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000003");
        await RequestAsync("zjj", d.LeadId);
        var second = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => RequestAsync("zjj.mgr", d.LeadId));
        Assert.Contains("正在等待中心审批", second.Message);
        Assert.Single(await app.WithScopeAsync(sp => sp.GetRequiredService<HandlingDbContext>().Extensions.Where(e => e.AssignmentId == d.LeadId).ToListAsync()));

        var late = await OutcomeTestData.ReadyLeadAsync(app, "13500000004");
        var missing = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => RequestAsync("zjj", late.LeadId, reason: "", measures: "已约谈"));
        Assert.Contains("延期理由", missing.Message);
        var due = (await HandlingTestData.AssignmentAsync(app, late.LeadId)).CompletionDueUtc;
        app.Clock.SetUtcNow(due.AddMinutes(1));
        var afterDeadline = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => RequestAsync("zjj", late.LeadId));
        Assert.Contains("已超过办结时限", afterDeadline.Message);
    }

    [Fact]
    public async Task Two_deciders_at_once_one_wins()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000005");
        await RequestAsync("zjj", d.LeadId);
        var request = await RequestRowAsync(d.LeadId);
        var results = await Task.WhenAll(
            Capture(() => DecideAsync("dispatcher", request, approve: true, note: null)),
            Capture(() => DecideAsync("supervisor", request, approve: false, note: "不同意延期")));
        Assert.Single(results, r => r is null);
        Assert.IsAssignableFrom<BusinessRuleException>(Assert.Single(results, r => r is not null));
        Assert.Single(await OutcomeTestData.EventsAsync<ExtensionDecided>(app, d.LeadId));
    }

    [Fact]
    public async Task Units_may_not_decide_extensions_nor_request_one_for_another_unit()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000006", withCo: true);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => RequestAsync("scjgj", d.LeadId));
        await RequestAsync("zjj", d.LeadId);
        var request = await RequestRowAsync(d.LeadId);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => DecideAsync("zjj.mgr", request, approve: true, note: null));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<ExtensionService>().ListAsync(ExtensionListFilter.All, 0, 20)));
        Assert.Equal(ExtensionStatus.Pending, (await RequestRowAsync(d.LeadId)).Status);

        // A co-handling unit does not apply for extensions: the lead does.
        await OutcomeTestData.SignAsync(app, "scjgj", d.CoId!.Value);
        var co = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => RequestAsync("scjgj", d.CoId.Value));
        Assert.Contains("主办单位", co.Message);
    }

    private static async Task<Exception?> Capture(Func<Task> action)
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

public sealed class SqliteExtensionTests(SqliteApp app) : ExtensionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbExtensionTests(MariaDbApp app) : ExtensionTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
