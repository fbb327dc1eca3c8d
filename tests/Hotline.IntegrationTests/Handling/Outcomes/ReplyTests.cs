using Hotline.Handling.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Handling.CoOpinions;
using Hotline.Handling.Replies;
using Hotline.Handling.ResultNotice;
using Hotline.Handling.Settings;

namespace Hotline.IntegrationTests.Handling.Outcomes;

/// <summary>答复: contact first, one reply wins, the manager's or the parent unit's approval, the result notice.</summary>
public abstract class ReplyTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Reply_needs_a_contact_then_ends_handling_with_case_replied()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13500000101", withCo: false);
        await OutcomeTestData.SignAsync(app, "zjj", d.LeadId);
        var view = await OutcomeTestData.ReplyViewAsync(app, "zjj", d.LeadId);
        Assert.Equal((true, false), (view.ContactRequired, view.ContactDone));
        var noContact = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId));
        Assert.Contains("联系诉求人", noContact.Message);
        Assert.Empty(await OutcomeTestData.RepliesAsync(app, d.LeadId));

        await OutcomeTestData.ContactAsync(app, "zjj", d.LeadId);
        var tooShort = await Assert.ThrowsAnyAsync<BusinessRuleException>(() =>
            OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId, OutcomeTestData.Reply(text: "已处理")));
        Assert.Contains("至少", tooShort.Message);
        var noExplanation = await Assert.ThrowsAnyAsync<BusinessRuleException>(() =>
            OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId, OutcomeTestData.Reply(ReplyResult.CannotHandle)));
        Assert.Contains("书面说明", noExplanation.Message);

        app.Clock.Advance(TimeSpan.FromHours(2));
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId, OutcomeTestData.Reply(declined: true)));

        var lead = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        Assert.Equal((HandlingStatus.Replied, app.Clock.GetUtcNow().UtcDateTime, true), (lead.Status, lead.RepliedAtUtc, lead.RepliedOnTime));
        var reply = Assert.Single(await OutcomeTestData.RepliesAsync(app, d.LeadId));
        Assert.Equal((ReplyStatus.Accepted, 0, true), (reply.Status, reply.Round, reply.CallerDeclinedCallback));
        var replied = Assert.Single(await OutcomeTestData.EventsAsync<CaseReplied>(app, d.LeadId));
        Assert.Equal((d.CaseId, reply.Id, 0, ReplyResult.Resolved, true, true), (replied.CaseId, replied.ReplyId, replied.Round, replied.Result, replied.CallerDeclinedCallback, replied.OnTime));

        var twice = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId));
        // Declined callback: Evaluation may already have closed the case by now; either way a second reply is refused.
        Assert.Matches("不能重复答复|不在本单位办理中", twice.Message);
    }

    [Fact]
    public async Task A_caller_without_a_phone_needs_no_contact_and_the_result_notice_is_tracked()
    {
        var d = await HandlingTestData.DispatchAsync(app, "13500000102", withCo: false, callerReachable: false);
        await OutcomeTestData.SignAsync(app, "zjj", d.LeadId);
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId));
        var unreachable = await OutcomeTestData.ReplyViewAsync(app, "zjj", d.LeadId);
        Assert.False(unreachable.CanRecordNotice);

        var withPhone = await OutcomeTestData.ReadyLeadAsync(app, "13500000103");
        await OutcomeTestData.SubmitReplyAsync(app, "zjj", withPhone.LeadId);
        var view = await OutcomeTestData.ReplyViewAsync(app, "zjj", withPhone.LeadId);
        Assert.True(view.CanRecordNotice);
        Assert.Equal((true, app.Clock.GetUtcNow().UtcDateTime.AddHours(24)), (view.Notice!.Required, view.Notice.DueUtc));

        app.Clock.Advance(TimeSpan.FromHours(25));
        Assert.True((await OutcomeTestData.ReplyViewAsync(app, "zjj", withPhone.LeadId)).Notice!.Overdue);
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<ResultNoticeService>().RecordAsync(withPhone.LeadId, ContactMethod.Phone, "已电话告知更换结果"));
        var notice = (await OutcomeTestData.ReplyViewAsync(app, "zjj", withPhone.LeadId)).Notice!;
        Assert.Equal((app.Clock.GetUtcNow().UtcDateTime, true), (notice.NotifiedAtUtc, notice.Late));
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<HandlingDbContext>().Contacts
            .AnyAsync(c => c.AssignmentId == withPhone.LeadId && c.IsResultNotice && c.Method == ContactMethod.Phone)));
        var again = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => app.AsUserAsync("zjj", sp =>
            sp.GetRequiredService<ResultNoticeService>().RecordAsync(withPhone.LeadId, ContactMethod.Sms, null)));
        Assert.Contains("无需重复", again.Message);
    }

    [Fact]
    public async Task Two_handlers_replying_at_once_leave_one_reply()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000104");
        var version = await HandlingTestData.VersionAsync(app, d.LeadId);
        Task<bool> Reply(string user, string text) => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<ReplySubmission>().SubmitAsync(d.LeadId, version, OutcomeTestData.Reply(text: text)));
        var outcomes = await Task.WhenAll(
            Capture(() => Reply("zjj", OutcomeTestData.ReplyText("一号电梯"))),
            Capture(() => Reply("zjj.mgr", OutcomeTestData.ReplyText("二号电梯"))));
        Assert.Single(outcomes, o => o is null);
        var loser = Assert.Single(outcomes, o => o is not null);
        Assert.IsAssignableFrom<BusinessRuleException>(loser);
        Assert.Single(await OutcomeTestData.RepliesAsync(app, d.LeadId));
        Assert.Single(await OutcomeTestData.EventsAsync<CaseReplied>(app, d.LeadId));
    }

    [Fact]
    public async Task With_manager_approval_the_reply_waits_for_the_manager_who_may_send_it_back()
    {
        await OutcomeTestData.EnsureUserAsync(app, "jyj.h", HotlineRoles.UnitHandler, "JYJ");
        await OutcomeTestData.EnsureUserAsync(app, "jyj.mgr", HotlineRoles.UnitManager, "JYJ");
        await app.AsUserAsync("jyj.mgr", async sp =>
        {
            var settings = sp.GetRequiredService<UnitSettingsService>();
            await settings.SaveAsync(true, (await settings.GetAsync()).Version);
        });
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("jyj.h", sp => sp.GetRequiredService<UnitSettingsService>().SaveAsync(false, null)));

        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000105", user: "jyj.h", leadCode: "JYJ");
        Assert.False(await OutcomeTestData.SubmitReplyAsync(app, "jyj.h", d.LeadId));
        Assert.Equal(HandlingStatus.AwaitingApproval, (await HandlingTestData.AssignmentAsync(app, d.LeadId)).Status);
        Assert.Empty(await OutcomeTestData.EventsAsync<CaseReplied>(app, d.LeadId));
        var waiting = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => OutcomeTestData.SubmitReplyAsync(app, "jyj.h", d.LeadId));
        Assert.Contains("等待审核", waiting.Message);

        var first = Assert.Single(await OutcomeTestData.RepliesAsync(app, d.LeadId));
        Task Approve(string user, Reply r) => app.AsUserAsync(user, sp => sp.GetRequiredService<ReplyApprovals>().ApproveAsync(r.Id, r.Version, null));
        Task Reject(string user, Reply r, string? reason) => app.AsUserAsync(user, sp => sp.GetRequiredService<ReplyApprovals>().RejectAsync(r.Id, r.Version, reason));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Approve("scjgj.mgr", first));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Approve("jyj.h", first));
        Assert.True((await OutcomeTestData.ReplyViewAsync(app, "jyj.mgr", d.LeadId)).Replies.Single().CanDecide);
        Assert.False((await OutcomeTestData.ReplyViewAsync(app, "jyj.h", d.LeadId)).Replies.Single().CanDecide);
        await Assert.ThrowsAnyAsync<BusinessRuleException>(() => Reject("jyj.mgr", first, ""));

        await Reject("jyj.mgr", first, "请写明维保公司名称和下次检修日期");
        Assert.Equal(HandlingStatus.InHandling, (await HandlingTestData.AssignmentAsync(app, d.LeadId)).Status);
        app.Clock.Advance(TimeSpan.FromMinutes(30));
        Assert.False(await OutcomeTestData.SubmitReplyAsync(app, "jyj.h", d.LeadId, OutcomeTestData.Reply(text: OutcomeTestData.ReplyText("清河维保公司负责的电梯"))));
        var second = (await OutcomeTestData.RepliesAsync(app, d.LeadId)).Single(r => r.Status == ReplyStatus.AwaitingApproval);
        await Approve("jyj.mgr", second);

        var lead = await HandlingTestData.AssignmentAsync(app, d.LeadId);
        Assert.Equal(HandlingStatus.Replied, lead.Status);
        var replies = await OutcomeTestData.RepliesAsync(app, d.LeadId);
        Assert.Equal([ReplyStatus.Rejected, ReplyStatus.Accepted], replies.Select(r => r.Status));
        Assert.Equal(second.Id, Assert.Single(await OutcomeTestData.EventsAsync<CaseReplied>(app, d.LeadId)).ReplyId);
        var approveTwice = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => Approve("jyj.mgr", second));
        Assert.Contains("不能重复审核", approveTwice.Message);

        // The manager's own reply needs nobody's approval.
        var own = await OutcomeTestData.ReadyLeadAsync(app, "13500000106", user: "jyj.mgr", leadCode: "JYJ");
        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "jyj.mgr", own.LeadId));
    }

    [Fact]
    public async Task A_sub_units_reply_goes_to_the_parent_and_becomes_the_leads_reply()
    {
        await OutcomeTestData.EnsureUserAsync(app, "cgjd.h", HotlineRoles.UnitHandler, "CGJD");
        await OutcomeTestData.EnsureUserAsync(app, "cgjd01.h", HotlineRoles.UnitHandler, "CGJD-01");
        var d = await HandlingTestData.DispatchAsync(app, "13500000107", withCo: false, leadCode: "CGJD");
        await OutcomeTestData.SignAsync(app, "cgjd.h", d.LeadId);
        var subId = await OutcomeTestData.SubDispatchAsync(app, d, d.LeadId, "CGJD-01");
        await OutcomeTestData.SignAsync(app, "cgjd01.h", subId);
        await OutcomeTestData.ContactAsync(app, "cgjd01.h", subId);

        Assert.False(await OutcomeTestData.SubmitReplyAsync(app, "cgjd01.h", subId));
        var subReply = Assert.Single(await OutcomeTestData.RepliesAsync(app, subId));
        Assert.Equal(ReplyStatus.AwaitingApproval, subReply.Status);
        Assert.Empty(await OutcomeTestData.EventsAsync<CaseReplied>(app, d.LeadId));

        // The sub-unit may not approve itself; another unit may not either; the parent sees it on its own page.
        Task Approve(string user) => app.AsUserAsync(user, sp => sp.GetRequiredService<ReplyApprovals>().ApproveAsync(subReply.Id, subReply.Version, "同意"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Approve("cgjd01.h"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Approve("zjj.mgr"));
        var parentView = await OutcomeTestData.ReplyViewAsync(app, "cgjd.h", d.LeadId);
        Assert.True(Assert.Single(parentView.PendingFromSubUnits).CanDecide);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => OutcomeTestData.ReplyViewAsync(app, "cgjd01.h", d.LeadId));

        await Approve("cgjd.h");

        Assert.Equal(HandlingStatus.Replied, (await HandlingTestData.AssignmentAsync(app, subId)).Status);
        Assert.Equal(HandlingStatus.Replied, (await HandlingTestData.AssignmentAsync(app, d.LeadId)).Status);
        var adopted = Assert.Single(await OutcomeTestData.RepliesAsync(app, d.LeadId));
        Assert.Equal((ReplyStatus.Accepted, subReply.Text), (adopted.Status, adopted.Text));
        var replied = Assert.Single(await OutcomeTestData.EventsAsync<CaseReplied>(app, d.LeadId));
        Assert.Equal((d.LeadId, adopted.Id), (replied.AssignmentId, replied.ReplyId));
    }

    [Fact]
    public async Task Co_units_give_opinions_and_an_overdue_one_blocks_the_lead_until_it_decides_to_proceed()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000108", withCo: true);
        var coId = d.CoId!.Value;
        await OutcomeTestData.SignAsync(app, "scjgj", coId);
        var coView = await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<CoOpinionService>().ForAssignmentAsync(coId));
        Assert.Equal((true, "县住房和城乡建设局"), (coView.IsCoHandling, coView.LeadUnitName));
        var coReply = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => OutcomeTestData.SubmitReplyAsync(app, "scjgj", coId));
        Assert.Contains("协办意见", coReply.Message);

        // Not yet due: the lead may reply without waiting, or record its decision already.
        var waiting = (await app.AsUserAsync("zjj", sp => sp.GetRequiredService<CoOpinionService>().ForAssignmentAsync(d.LeadId))).Gate!;
        Assert.Equal((true, true, 1, 0), (waiting.MayReply, waiting.MayRecordProceed, waiting.Missing.Count, waiting.OverdueMissing.Count));

        // The co-unit's time runs out.
        await OutcomeTestData.SetAsync(app, coId, a => a.CompletionDueUtc = app.Clock.GetUtcNow().UtcDateTime.AddHours(1));
        app.Clock.Advance(TimeSpan.FromHours(2));
        var blocked = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId));
        Assert.Contains("县市场监督管理局", blocked.Message);
        var leadView = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<CoOpinionService>().ForAssignmentAsync(d.LeadId));
        Assert.True(Assert.Single(leadView.CoUnits).Overdue);

        Task Proceed(string user, string? reason) => app.AsUserAsync(user, async sp =>
            await sp.GetRequiredService<CoOpinionService>().ProceedWithoutAsync(d.LeadId, await HandlingTestData.VersionAsync(app, d.LeadId), reason));
        await Assert.ThrowsAnyAsync<BusinessRuleException>(() => Proceed("zjj", null));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => Proceed("scjgj", "越权记录"));
        await Proceed("zjj", "市场监管局逾期未反馈，电梯已修复，先行答复诉求人");

        // The late opinion still reaches the lead; a second one is refused.
        var shortText = await Assert.ThrowsAnyAsync<BusinessRuleException>(() => SubmitOpinionAsync("scjgj", coId, "同意"));
        Assert.Contains("至少", shortText.Message);
        await SubmitOpinionAsync("scjgj", coId, "经查，该电梯维保单位资质有效，我局将对其维保记录进行专项检查。");
        Assert.Equal(HandlingStatus.Replied, (await HandlingTestData.AssignmentAsync(app, coId)).Status);
        Assert.Single(await OutcomeTestData.EventsAsync<CoOpinionSubmitted>(app, coId));
        await Assert.ThrowsAnyAsync<BusinessRuleException>(() => SubmitOpinionAsync("scjgj", coId, "补充意见：维保记录检查将在本周内完成。"));
        var withOpinion = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<CoOpinionService>().ForAssignmentAsync(d.LeadId));
        Assert.Contains("专项检查", Assert.Single(withOpinion.CoUnits).Text);

        Assert.True(await OutcomeTestData.SubmitReplyAsync(app, "zjj", d.LeadId));
    }

    [Fact]
    public async Task A_unit_may_not_reply_on_or_read_another_units_assignment()
    {
        var d = await OutcomeTestData.ReadyLeadAsync(app, "13500000109", withCo: true);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => OutcomeTestData.SubmitReplyAsync(app, "scjgj", d.LeadId));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => OutcomeTestData.ReplyViewAsync(app, "scjgj", d.LeadId));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SubmitOpinionAsync("zjj", d.CoId!.Value, "主办单位冒充协办单位提交的意见内容。"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => OutcomeTestData.SubmitReplyAsync(app, "dispatcher", d.LeadId));
        Assert.Empty(await OutcomeTestData.RepliesAsync(app, d.LeadId));
    }

    private Task SubmitOpinionAsync(string user, Guid coId, string text) =>
        app.AsUserAsync(user, async sp => await sp.GetRequiredService<CoOpinionService>().SubmitAsync(coId, await HandlingTestData.VersionAsync(app, coId), text));

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

public sealed class SqliteReplyTests(SqliteApp app) : ReplyTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbReplyTests(MariaDbApp app) : ReplyTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
