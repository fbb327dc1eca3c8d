using System.Text.RegularExpressions;
using Hotline.IntegrationTests.Dispatch.Returns;
using Hotline.Platform;
using Hotline.Platform.Documents;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Hotline.Platform.Rules;
using Hotline.Supervision.Contracts;
using Hotline.Supervision.Deadlines;
using Hotline.Supervision.Domain;
using Hotline.Supervision.Graded;
using Hotline.Supervision.Notices;
using Hotline.Supervision.Persistence;
using Hotline.Supervision.Workbench;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;


namespace Hotline.IntegrationTests.Supervision;

/// <summary>
/// Graded supervision on real cases: an overdue deadline opens a reminder, the rules raise it to a numbered written
/// notice and to the county office, the unit responds, the Supervisor sends back and accepts; and the denials.
/// </summary>
public abstract partial class GradedSupervisionTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<List<CaseSupervision>> SupervisionsAsync(Guid caseId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Supervisions.AsNoTracking().Include(x => x.Steps)
            .Where(x => x.CaseId == caseId).ToListAsync());

    private Task<CaseSupervision> OneAsync(Guid id) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<SupervisionDbContext>().Supervisions.AsNoTracking().SingleAsync(x => x.Id == id));

    private async Task AdvanceTo(DateTime utc)
    {
        var by = utc - app.Clock.GetUtcNow().UtcDateTime;
        if (by > TimeSpan.Zero)
            app.Clock.Advance(by);
        await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
        await app.WithScopeAsync(sp => sp.GetRequiredService<EscalationPass>().RunAsync());
    }

    private async Task<Guid> DispatchedToHousingAsync()
    {
        var caseId = await ReturnTestData.DispatchedCaseAsync(app, "ZJJ");
        await app.DeliverEventsAsync();
        return caseId;
    }

    [Fact]
    public async Task An_overdue_case_is_reminded_then_raised_by_the_rules_and_closed_when_the_response_is_accepted()
    {
        var caseId = await DispatchedToHousingAsync();
        var assignment = await ReturnTestData.ActiveAssignmentAsync(app, caseId, "ZJJ");

        await AdvanceTo(assignment.SignForDueUtc.AddMinutes(5));
        var reminder = Assert.Single(await SupervisionsAsync(caseId));
        Assert.Equal((SupervisionLevel.Reminder, SupervisionTrigger.Overdue, SupervisionStatus.Open), (reminder.Level, reminder.Trigger, reminder.Status));
        Assert.Contains("签收期限", reminder.Problem);
        Assert.Null(reminder.NoticeNumber);
        // The unit's staff read it from the bell, with a link to the supervision.
        var bell = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Channel == NotificationChannel.InApp && n.Link == $"/supervision/{reminder.Id}").ToListAsync());
        Assert.NotEmpty(bell);
        Assert.All(bell, n => Assert.StartsWith("提醒督办", n.Title));

        // Overdue first-contact of the same assignment does not open a second supervision.
        await AdvanceTo(assignment.FirstContactDueUtc.AddMinutes(5));
        Assert.Single(await SupervisionsAsync(caseId));

        // Unanswered past its response deadline and the grace days: a written notice with a number, then the county office.
        await AdvanceTo(app.Clock.GetUtcNow().UtcDateTime.AddDays(7));
        var notice = await OneAsync(reminder.Id);
        Assert.Equal(SupervisionLevel.Notice, notice.Level);
        Assert.Matches(NoticeNumber(), notice.NoticeNumber!);
        await AdvanceTo(app.Clock.GetUtcNow().UtcDateTime.AddDays(10));
        var leader = await OneAsync(reminder.Id);
        Assert.Equal(SupervisionLevel.Leader, leader.Level);
        Assert.Equal(notice.NoticeNumber, leader.NoticeNumber);
        // No leader has spoken yet: the rules record no 批示 of their own; the Supervisor records the leader's when given.
        Assert.Null(leader.LeaderInstruction);
        // A pass repeated (as after a restart) raises nothing twice.
        Assert.Equal(0, await app.WithScopeAsync(sp => sp.GetRequiredService<EscalationPass>().RunAsync()));
        await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>()
            .RecordInstructionAsync(leader.Id, leader.Version, "请县住建局主要负责人三日内办结并报告。"));
        leader = await OneAsync(reminder.Id);
        Assert.Equal("请县住建局主要负责人三日内办结并报告。", leader.LeaderInstruction);
        Assert.Equal(CaseSupervision.InstructionOnce.Code, (await Assert.ThrowsAsync<DomainRuleViolation>(() => app.AsUserAsync("supervisor",
            sp => sp.GetRequiredService<SupervisorDesk>().RecordInstructionAsync(leader.Id, leader.Version, "再次批示")))).Rule.Code);

        // Each level gives a new response deadline; answering after it is marked late.
        await AdvanceTo(leader.ResponseDueUtc.AddHours(1));
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<UnitResponses>()
            .RespondAsync(leader.Id, leader.Version, "已于当日签收并联系诉求人，现场核实后督促物业维修电梯。"));
        var responded = await OneAsync(reminder.Id);
        Assert.True(responded.RespondedLate);
        Assert.NotEmpty(await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Link == $"/supervision/{reminder.Id}" && n.Title.StartsWith("督办回复待审核")).ToListAsync()));
        await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>().SendBackAsync(responded.Id, responded.Version, "请补充维修完成时间。"));
        var sentBack = await OneAsync(reminder.Id);
        Assert.Equal(SupervisionStatus.Open, sentBack.Status);
        await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<UnitResponses>()
            .RespondAsync(sentBack.Id, sentBack.Version, "电梯已修复并恢复运行，诉求人已确认。"));
        var second = await OneAsync(reminder.Id);
        await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>().AcceptAsync(second.Id, second.Version, "同意办结"));
        var closed = Assert.Single(await SupervisionsAsync(caseId));
        Assert.Equal(SupervisionStatus.Accepted, closed.Status);
        Assert.Contains(closed.Steps, s => s.Action == "回复退回");

        // The case's timeline (and so the flow sheet) carries every step, the unit sees its own.
        var timeline = await app.AsUserAsync("zjj", sp => sp.GetRequiredService<SupervisionQueries>().ForCaseAsync(caseId));
        Assert.Single(timeline);
    }

    [Fact]
    public async Task The_Supervisor_picks_a_case_prints_the_notice_and_other_roles_and_units_are_refused()
    {
        var caseId = await DispatchedToHousingAsync();
        var housing = await ReturnTestData.UnitAsync(app, "ZJJ");
        var market = await ReturnTestData.UnitAsync(app, "SCJGJ");
        var input = new ManualSupervision(caseId, housing, SupervisionLevel.Notice, "诉求人多次来电反映电梯停运未修复。", "请三个工作日内修复电梯并书面回复。");

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("agent", sp => sp.GetRequiredService<SupervisorDesk>().IssueAsync(input)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<SupervisorDesk>().IssueAsync(input)));
        var notAssigned = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("supervisor", sp =>
            sp.GetRequiredService<SupervisorDesk>().IssueAsync(input with { UnitId = market })));
        Assert.Contains("不是此工单的在办单位", notAssigned.Message);

        var id = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>().IssueAsync(input));
        var twice = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>().IssueAsync(input)));
        Assert.Equal(SupervisorDesk.AlreadyOpen, twice.Message);
        var issued = await OneAsync(id);
        Assert.Matches(NoticeNumber(), issued.NoticeNumber!);

        // The workbench filters by the case's area and category (each with everything under it).
        var summary = (await app.Service<Hotline.Intake.Contracts.ICaseDirectory>().GetAsync(caseId))!;
        var area = (await app.Service<Hotline.Platform.Organization.IAreaDirectory>().GetAreaAsync(summary.AreaId))!;
        var category = (await app.Service<Hotline.Platform.Catalog.ICategoryCatalog>().GetCategoryAsync(summary.CategoryId))!;
        async Task<bool> ListedAsync(SupervisionFilter filter) => (await app.AsUserAsync("supervisor", sp =>
            sp.GetRequiredService<SupervisionQueries>().ListAsync(filter, 0, 100))).Rows.Any(r => r.Id == id);
        Assert.True(await ListedAsync(new SupervisionFilter(AreaId: area.ParentId ?? area.Id, CategoryId: category.ParentId ?? category.Id)));
        Assert.True(await ListedAsync(new SupervisionFilter(CategoryId: category.Id)));
        Assert.False(await ListedAsync(new SupervisionFilter(CategoryId: Guid.NewGuid())));
        Assert.False(await ListedAsync(new SupervisionFilter(AreaId: Guid.NewGuid())));

        // Another unit neither reads nor answers it.
        Assert.Null(await app.AsUserAsync("scjgj", sp => sp.GetRequiredService<SupervisionQueries>().GetAsync(id)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("scjgj", sp =>
            sp.GetRequiredService<UnitResponses>().RespondAsync(id, issued.Version, "这不是我们单位的督办件。")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("scjgj", sp => sp.GetRequiredService<NoticePrinting>().OneAsync(id)));

        // The printed notice: the number, the unit, the case, and no full caller number.
        var bytes = await app.AsUserAsync("supervisor", async sp =>
            await sp.GetRequiredService<DocumentRenderer>().RenderAsync(await sp.GetRequiredService<NoticePrinting>().OneAsync(id)));
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        var notice = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<NoticePrinting>().OneAsync(id));
        var printed = string.Join("\n", notice.Blocks.Select(Printed));
        Assert.Contains(issued.NoticeNumber!, printed);
        Assert.Contains(issued.CaseNumber, printed);
        Assert.DoesNotMatch(@"1[3-9]\d{9}", printed);
        var today = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<NoticePrinting>().TodayAsync());
        Assert.NotEmpty(today.Blocks);

        // The unit answers; a response to an accepted supervision is refused.
        var photo = await app.Service<Hotline.Platform.Attachments.AttachmentStore>().StageAsync(new MemoryStream(Hotline.IntegrationTests.Archive.ArchiveTestData.Png), "维修后照片.png", Hotline.IntegrationTests.Archive.ArchiveTestData.Png.Length);
        var tooMany = Enumerable.Repeat(photo, Hotline.Supervision.Domain.ResponseAttachment.MaxPerResponse + 1).ToList();
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("zjj", sp =>
            sp.GetRequiredService<UnitResponses>().RespondAsync(id, issued.Version, "已修复。", tooMany)));
        Assert.Equal("attachments", refused.Field);
        await app.AsUserAsync("zjj", sp => sp.GetRequiredService<UnitResponses>().RespondAsync(id, issued.Version, "已组织维保单位更换电梯主板，电梯恢复运行。", [photo]));
        var attachment = Assert.Single((await app.AsUserAsync("zjj", sp => sp.GetRequiredService<SupervisionQueries>().GetAsync(id)))!.Attachments);
        Assert.Equal("维修后照片.png", attachment.FileName);
        var (fileName, _, content) = await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<UnitResponses>().OpenAttachmentAsync(attachment.Id));
        await using (content)
            Assert.Equal("维修后照片.png", fileName);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("scjgj", sp => sp.GetRequiredService<UnitResponses>().OpenAttachmentAsync(attachment.Id)));
        var responded = await OneAsync(id);
        await app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>().AcceptAsync(id, responded.Version, null));
        var accepted = await OneAsync(id);
        var late = await Assert.ThrowsAsync<Hotline.Platform.Rules.DomainRuleViolation>(() => app.AsUserAsync("zjj", sp =>
            sp.GetRequiredService<UnitResponses>().RespondAsync(id, accepted.Version, "再次回复的内容。")));
        Assert.Equal(CaseSupervision.OpenToRespond.Message, late.Message);
    }

    [Fact]
    public async Task Two_Supervisors_escalating_at_once_get_distinct_numbers_and_a_stale_escalation_is_refused()
    {
        var first = await DispatchedToHousingAsync();
        var second = await DispatchedToHousingAsync();
        var housing = await ReturnTestData.UnitAsync(app, "ZJJ");
        async Task<CaseSupervision> ReminderAsync(Guid caseId) => await OneAsync(await app.AsUserAsync("supervisor", sp =>
            sp.GetRequiredService<SupervisorDesk>().IssueAsync(new ManualSupervision(caseId, housing, SupervisionLevel.Reminder, "办理进度缓慢。", "请加快办理。"))));
        var a = await ReminderAsync(first);
        var b = await ReminderAsync(second);

        await Task.WhenAll(
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>().EscalateAsync(a.Id, a.Version, SupervisionLevel.Notice, null, null)),
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<SupervisorDesk>().EscalateAsync(b.Id, b.Version, SupervisionLevel.Notice, null, null)));
        var (na, nb) = ((await OneAsync(a.Id)).NoticeNumber, (await OneAsync(b.Id)).NoticeNumber);
        Assert.NotNull(na);
        Assert.NotNull(nb);
        Assert.NotEqual(na, nb);

        // The same escalation pressed again from a page showing the old version.
        var stale = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("supervisor", sp =>
            sp.GetRequiredService<SupervisorDesk>().EscalateAsync(a.Id, a.Version, SupervisionLevel.Leader, null, "请主要负责人督办")));
        Assert.Equal(NumberedSave.ConflictMessage, stale.Message);
        Assert.Equal(SupervisionLevel.Notice, (await OneAsync(a.Id)).Level);
    }

    [Fact]
    public async Task A_restart_in_the_middle_neither_misses_nor_doubles_a_supervision()
    {
        var caseId = await DispatchedToHousingAsync();
        var assignment = await ReturnTestData.ActiveAssignmentAsync(app, caseId, "ZJJ");
        await AdvanceTo(assignment.SignForDueUtc.AddMinutes(5));
        var reminder = Assert.Single(await SupervisionsAsync(caseId));

        // The app stops; a new one starts on the same database and runs its passes on the same (and then a later) clock.
        await using (var restarted = new HotlineAppFactory(app, runBackgroundWorkers: false))
        {
            await restarted.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
            Assert.Equal(0, await restarted.WithScopeAsync(sp => sp.GetRequiredService<EscalationPass>().RunAsync()));
            restarted.Clock.Advance(TimeSpan.FromDays(7));
            await restarted.WithScopeAsync(sp => sp.GetRequiredService<DeadlineWatchPass>().RunAsync());
            await restarted.WithScopeAsync(sp => sp.GetRequiredService<EscalationPass>().RunAsync());
        }
        // Time went on for this app too: what the other one queued is due here as well.
        app.Clock.Advance(TimeSpan.FromDays(7));
        var after = Assert.Single(await SupervisionsAsync(caseId));
        Assert.Equal((reminder.Id, SupervisionLevel.Notice), (after.Id, after.Level));
    }

    [Fact]
    public async Task A_callers_third_request_on_one_matter_is_supervised_when_it_is_dispatched()
    {
        var phone = "137" + Random.Shared.Next(10000000, 99999999);
        var cases = new List<Guid>();
        foreach (var content in new[] { "小区电梯停运，物业不维修。", "电梯仍然停运，物业还是不修。", "第三次反映：电梯停运一个月了。" })
        {
            var input = await Hotline.IntegrationTests.Intake.IntakeTestData.ComplaintAsync(app, phone, content);
            cases.Add((await Hotline.IntegrationTests.Intake.IntakeTestData.RegisterAsync(app, input with { SubmissionKey = Guid.NewGuid() })).CaseId);
        }
        await app.DeliverEventsAsync();
        await ReturnTestData.DispatchAsync(app, cases[1], "ZJJ");
        await ReturnTestData.DispatchAsync(app, cases[2], "ZJJ");
        await app.DeliverEventsAsync();

        Assert.Empty(await SupervisionsAsync(cases[1]));
        var repeat = Assert.Single(await SupervisionsAsync(cases[2]));
        Assert.Equal((SupervisionTrigger.RepeatRequest, SupervisionLevel.Reminder), (repeat.Trigger, repeat.Level));
        Assert.Contains("第 3 次来电", repeat.Problem);
        Assert.Equal(await ReturnTestData.UnitAsync(app, "ZJJ"), repeat.UnitId);
    }

    [Fact]
    public async Task Escalation_rules_with_zero_or_negative_limits_are_refused()
    {
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<SupervisionSettingsService>().SaveAsync(new SupervisionSettings { EscalateToNoticeAfterWorkingDays = 0, NoticeResponseWorkingDays = -1 })));
        Assert.Contains("自动升级的期限必须至少 1 个工作日", error.Message);
        Assert.Contains("回复期限必须至少 1 个工作日", error.Message);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("supervisor", sp =>
            sp.GetRequiredService<SupervisionSettingsService>().SaveAsync(new SupervisionSettings())));
    }

    private static string Printed(Hotline.Platform.Documents.Model.Block block) => block switch
    {
        Hotline.Platform.Documents.Model.KeyValueTable t => string.Join(" ", t.Pairs.Select(p => p.Key + " " + p.Value)),
        Hotline.Platform.Documents.Model.Paragraph p => p.Text,
        Hotline.Platform.Documents.Model.RedHeader h => h.Text,
        Hotline.Platform.Documents.Model.Heading h => h.Text,
        _ => "",
    };

    [GeneratedRegex(@"^督〔2026〕第\d+号$")]
    private static partial Regex NoticeNumber();
}

public sealed class SqliteGradedSupervisionTests(SqliteApp app) : GradedSupervisionTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbGradedSupervisionTests(MariaDbApp app) : GradedSupervisionTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
