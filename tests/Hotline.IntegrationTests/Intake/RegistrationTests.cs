using Hotline.Intake.CaseSearch;
using Hotline.Intake.Decisions;
using Hotline.Intake.Contracts;
using Hotline.Intake.Persistence;
using Hotline.Intake.Registration;
using Hotline.Platform;
using Hotline.Platform.Messaging;
using Hotline.Platform.Notifications;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Hotline.Platform.Rules;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;

namespace Hotline.IntegrationTests.Intake;

public abstract class RegistrationTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Accepting_numbers_the_case_queues_the_event_and_the_sms_in_one_transaction()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13900000001");
        var result = await IntakeTestData.RegisterAsync(app, input);

        Assert.Equal(CaseStatus.Accepted, result.Status);
        Assert.Matches(@"^QH\d{12}$", result.CaseNumber);
        Assert.NotNull(result.QueryCode);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntakeDbContext>();
            var message = await db.Outbox.SingleAsync(m => m.Payload.Contains(result.CaseId.ToString()) && m.EventType.EndsWith(nameof(CaseAccepted)));
            Assert.Contains(result.CaseNumber, message.Payload);
            Assert.True(await db.Notifications.AnyAsync(n => n.Channel == NotificationChannel.Sms && n.Recipient == "13900000001" && n.Body.Contains(result.CaseNumber)));
            Assert.Equal(2, await db.Timeline.CountAsync(t => t.CaseId == result.CaseId));
            Assert.True(await db.AuditLog.AnyAsync(a => a.ObjectId == result.CaseNumber && a.UserName == "agent"));
        });
    }

    [Fact]
    public async Task Two_hundred_parallel_registrations_get_two_hundred_distinct_numbers()
    {
        var template = await IntakeTestData.ComplaintAsync(app, phone: "13900000002");
        var results = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            IntakeTestData.RegisterAsync(app, template with { SubmissionKey = Guid.NewGuid(), Content = $"并发登记测试第{i}条：路灯不亮" })));
        Assert.Equal(200, results.Select(r => r.CaseNumber).Distinct().Count());
        var sequences = results.Select(r => int.Parse(r.CaseNumber[10..])).Order().ToList();
        Assert.Equal(sequences.Count, sequences.Distinct().Count());
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_creates_one_case()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13900000003");
        var results = await Task.WhenAll(IntakeTestData.RegisterAsync(app, input), IntakeTestData.RegisterAsync(app, input));
        Assert.Equal(results[0].CaseId, results[1].CaseId);
        await app.WithScopeAsync(async sp =>
            Assert.Equal(1, await sp.GetRequiredService<IntakeDbContext>().Cases.CountAsync(c => c.CallerPhone == "13900000003")));
    }

    [Fact]
    public async Task Concurrent_merges_into_one_case_keep_every_request()
    {
        var original = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000004"));
        var template = await IntakeTestData.ComplaintAsync(app, phone: "13900000005");
        var merges = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            IntakeTestData.RegisterAsync(app, template with { SubmissionKey = Guid.NewGuid(), Content = $"同一小区电梯问题，第{i}位邻居来电" },
                new IntakeDecision.MergeInto(original.CaseId))));
        Assert.All(merges, m => Assert.Equal(original.CaseNumber, m.CaseNumber));
        Assert.All(merges, m => Assert.True(m.Merged));
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntakeDbContext>();
            Assert.Equal(11, await db.Requests.CountAsync(r => r.CaseId == original.CaseId));
            Assert.Equal(10, await db.Outbox.CountAsync(m => m.EventType.EndsWith(nameof(CaseMerged)) && m.Payload.Contains(original.CaseId.ToString())));
        });
    }

    [Fact]
    public async Task Merging_into_a_closed_case_is_refused()
    {
        var closed = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000006"),
            new IntakeDecision.Invalid("无实质内容"));
        var ex = await Assert.ThrowsAsync<DomainRuleViolation>(async () =>
            await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000007"), new IntakeDecision.MergeInto(closed.CaseId)));
        Assert.Contains("不能再并单", ex.Message);
    }

    [Fact]
    public async Task Each_closing_decision_closes_with_its_record()
    {
        var answered = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000008"), new IntakeDecision.AnswerOnSpot("依据物业管理条例，已告知投诉途径"));
        Assert.Equal(CaseStatus.AnsweredAtIntake, answered.Status);
        var refused = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000009"),
            new IntakeDecision.NotAccept("PETITION", "已进入信访程序", "请向县信访局了解进度"));
        Assert.Equal(CaseStatus.NotAccepted, refused.Status);
        var emergency = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000010"),
            new IntakeDecision.EmergencyTransfer(EmergencyLine.Fire119, app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(CaseStatus.EmergencyTransferred, emergency.Status);
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntakeDbContext>();
            var closings = await db.Outbox.Where(m => m.EventType.EndsWith(nameof(CaseClosedAtIntake))).Select(m => m.Payload).ToListAsync();
            Assert.Contains(closings, p => p.Contains(answered.CaseId.ToString()));
            Assert.Contains(closings, p => p.Contains(refused.CaseId.ToString()));
            Assert.Contains(closings, p => p.Contains(emergency.CaseId.ToString()));
            var refusedCase = await db.Cases.SingleAsync(c => c.Id == refused.CaseId);
            Assert.Equal("PETITION", refusedCase.DecisionReasonCode);
            Assert.NotNull(refusedCase.ClosedAtUtc);
        });
    }

    [Fact]
    public async Task A_call_with_no_matter_to_handle_needs_no_leaf_category_no_township_and_no_minimum_content()
    {
        var (parentCategory, county) = await app.WithScopeAsync(async sp => (
            (await sp.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).First(c => !c.IsLeaf).Id,
            (await sp.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).First(a => a.Level == AreaLevel.County).Id));
        var vague = await IntakeTestData.ComplaintAsync(app, phone: "13900000031") with { CategoryId = parentCategory, AreaId = county, Content = "无声电话" };

        var invalid = await IntakeTestData.RegisterAsync(app, vague, new IntakeDecision.Invalid("接通后无人说话"));
        Assert.Equal(CaseStatus.Invalid, invalid.Status);
        var outOfCounty = await IntakeTestData.RegisterAsync(app, vague with { SubmissionKey = Guid.NewGuid(), Content = "邻县某镇道路积水" },
            new IntakeDecision.NotAccept("OUT_OF_AREA", "涉事地点不在本县", "请拨打事发地的 12345 热线"));
        Assert.Equal(CaseStatus.NotAccepted, outOfCounty.Status);
        var fire = await IntakeTestData.RegisterAsync(app, vague with { SubmissionKey = Guid.NewGuid(), Content = "着火了" },
            new IntakeDecision.EmergencyTransfer(EmergencyLine.Fire119, app.Clock.GetUtcNow().UtcDateTime));
        Assert.Equal(CaseStatus.EmergencyTransferred, fire.Status);

        // A case units will handle still needs its matter pinned down, each problem under its field.
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => IntakeTestData.RegisterAsync(app, vague with { SubmissionKey = Guid.NewGuid() }));
        Assert.Equal([RegistrationInput.Fields.Content, RegistrationInput.Fields.Category, RegistrationInput.Fields.Area],
            ex.Problems.Select(p => p.Field));
    }

    [Fact]
    public async Task Every_ground_of_the_seed_is_a_reason_and_each_comes_with_guidance_or_is_the_open_one()
    {
        var reasons = await app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().NonAcceptanceReasons.ToListAsync());
        Assert.Contains(reasons, r => r.Name.Contains("违反宪法和法律法规"));
        Assert.Contains(reasons, r => r.Code == "OTHER" && r.Name == "其他不予受理的事项");
        Assert.All(reasons.Where(r => r.Code != "OTHER"), r => Assert.False(string.IsNullOrWhiteSpace(r.DefaultGuidance), r.Code));
    }

    [Fact]
    public async Task Refusal_without_a_valid_reason_saves_nothing()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13900000011");
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            IntakeTestData.RegisterAsync(app, input, new IntakeDecision.NotAccept("NO_SUCH_REASON", "依据", "途径")));
        Assert.Contains("不予受理原因", ex.Message);
        await app.WithScopeAsync(async sp =>
            Assert.False(await sp.GetRequiredService<IntakeDbContext>().Cases.AnyAsync(c => c.CallerPhone == "13900000011")));
    }

    [Fact]
    public async Task A_number_issued_to_a_registration_that_fails_is_recorded_void_and_not_reused()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13900000012");
        await Assert.ThrowsAsync<BusinessRuleException>(() =>
            IntakeTestData.RegisterAsync(app, input, new IntakeDecision.NotAccept("NO_SUCH_REASON", "依据", "途径")));
        var next = await IntakeTestData.RegisterAsync(app, input with { SubmissionKey = Guid.NewGuid() });

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<IntakeDbContext>();
            var voided = await db.AuditLog.Where(a => a.Action == CaseNumberAllocator.VoidAction).OrderByDescending(a => a.Id).FirstAsync();
            Assert.Contains("请选择有效的不予受理原因", voided.Detail);
            Assert.Equal("agent", voided.UserName);
            Assert.NotEqual(voided.ObjectId, next.CaseNumber);
            Assert.False(await db.Cases.AnyAsync(c => c.Number == voided.ObjectId));
            Assert.True(string.CompareOrdinal(voided.ObjectId, next.CaseNumber) < 0);
        });
    }

    [Theory]
    [InlineData("12345", "电话号码格式不正确")]
    [InlineData("0371-1234567", "电话号码格式不正确")]
    public async Task Bad_phone_numbers_are_refused_in_chinese(string phone, string message)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: phone);
        var ex = await Assert.ThrowsAsync<BusinessRuleException>(() => IntakeTestData.RegisterAsync(app, input));
        Assert.Contains(message, ex.Message);
    }

    [Fact]
    public async Task Empty_and_oversized_content_are_refused()
    {
        var input = await IntakeTestData.ComplaintAsync(app);
        Assert.Contains("请填写诉求内容", (await Assert.ThrowsAsync<BusinessRuleException>(() => IntakeTestData.RegisterAsync(app, input with { Content = "   " }))).Message);
        Assert.Contains("不能超过 4000 个字", (await Assert.ThrowsAsync<BusinessRuleException>(() => IntakeTestData.RegisterAsync(app, input with { Content = new string('字', 4001) }))).Message);
    }

    [Fact]
    public async Task Markup_emoji_and_rare_characters_are_stored_exactly_as_text()
    {
        const string content = "<script>alert('x')</script> 楼道漏水😭 𠀀𡃁 请尽快处理";
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000012", content: content));
        await app.WithScopeAsync(async sp =>
            Assert.Equal(content, (await sp.GetRequiredService<IntakeDbContext>().Cases.SingleAsync(c => c.Id == result.CaseId)).Content));
    }

    [Fact]
    public async Task A_new_request_like_one_closed_within_ninety_days_is_flagged_repeat()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13900000013");
        await IntakeTestData.RegisterAsync(app, input, new IntakeDecision.AnswerOnSpot("已答复"));
        app.Clock.Advance(TimeSpan.FromDays(10));
        var again = await IntakeTestData.RegisterAsync(app, input with { SubmissionKey = Guid.NewGuid() });
        Assert.True(again.IsRepeat);
    }

    [Fact]
    public async Task Member_units_cannot_register_or_list_cases()
    {
        var input = await IntakeTestData.ComplaintAsync(app);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => IntakeTestData.RegisterAsync(app, input, user: "zjj"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("scjgj.mgr", sp =>
            sp.GetRequiredService<CaseQueries>().ListAsync(new CaseListFilter(), CaseSort.RegisteredDesc, 0, 20)));
    }

    [Fact]
    public async Task The_case_list_filters_pages_and_masks_for_roles_without_need()
    {
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000014", content: "独特关键词甲乙丙的诉求内容"));
        var forAgent = await app.AsUserAsync("agent", sp => sp.GetRequiredService<CaseQueries>()
            .ListAsync(new CaseListFilter { Keyword = "甲乙丙" }, CaseSort.RegisteredDesc, 0, 20));
        Assert.Equal(result.CaseNumber, Assert.Single(forAgent.Rows).Number);
        // Lists mask for every role (#13.6); the agent reveals a row on purpose, audited.
        Assert.Equal("139****0014", forAgent.Rows[0].PhoneShown);
        var forAssessor = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<CaseQueries>()
            .ListAsync(new CaseListFilter { Phone = "13900000014" }, CaseSort.RegisteredDesc, 0, 20));
        Assert.Equal("139****0014", Assert.Single(forAssessor.Rows).PhoneShown);
    }

    [Fact]
    public async Task The_case_list_filters_by_the_lead_unit_with_or_without_a_keyword()
    {
        var zjj = await Hotline.IntegrationTests.Dispatch.DispatchTestData.UnitAsync(app, "ZJJ");
        var scjgj = await Hotline.IntegrationTests.Dispatch.DispatchTestData.UnitAsync(app, "SCJGJ");
        var toZjj = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000041", content: "主办单位筛选丁戊己：楼道堆物"));
        var toScjgj = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900000042", content: "主办单位筛选丁戊己：超市价格"));
        await app.DeliverEventsAsync();
        await Hotline.IntegrationTests.Dispatch.DispatchTestData.DispatchAsync(app, toZjj.CaseId, zjj);
        await Hotline.IntegrationTests.Dispatch.DispatchTestData.DispatchAsync(app, toScjgj.CaseId, scjgj);
        await app.DeliverEventsAsync();

        Task<CasePage> ListAsync(CaseListFilter filter) =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<CaseQueries>().ListAsync(filter, CaseSort.RegisteredDesc, 0, 50));
        Assert.Equal([toZjj.CaseNumber], (await ListAsync(new CaseListFilter { LeadUnitId = zjj, Keyword = "丁戊己" })).Rows.Select(r => r.Number));
        Assert.Contains(toScjgj.CaseNumber, (await ListAsync(new CaseListFilter { LeadUnitId = scjgj })).Rows.Select(r => r.Number));
        Assert.DoesNotContain(toZjj.CaseNumber, (await ListAsync(new CaseListFilter { LeadUnitId = scjgj })).Rows.Select(r => r.Number));
    }

    private Task<List<Notification>> SmsToAsync(string phone) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<IntakeDbContext>().Notifications.AsNoTracking()
            .Where(n => n.Recipient == phone && n.Channel == NotificationChannel.Sms).ToListAsync());

    [Fact]
    public async Task Answered_at_intake_with_the_sms_box_ticked_a_mobile_caller_gets_the_answer_cut_to_sms_length_and_the_query_code()
    {
        var answer = "依据《物业管理条例》，物业服务企业应当按照合同约定维修养护共用设施设备。电梯长期不维修的，业主可向县住房和城乡建设局物业管理科投诉，"
            + "电话 0371-12345678，也可以由业主委员会依照合同要求物业服务企业限期整改；逾期不整改的，住建部门将依法责令改正并记入信用档案。"
            + "如涉及电梯安全隐患，请同时向县市场监督管理局特种设备安全监察股反映。";
        Assert.True(answer.Length > IntakeSms.AnswerSmsLength);
        // Anonymous and confidential like the registration SMS: the caller's own number still gets it.
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13900006041") with { IsAnonymous = true, CallerName = null, IsConfidential = true };
        var result = await IntakeTestData.RegisterAsync(app, input, new IntakeDecision.AnswerOnSpot(answer) { SmsAnswer = true });
        Assert.Equal(CaseStatus.AnsweredAtIntake, result.Status);

        var sms = Assert.Single(await SmsToAsync("13900006041"));
        Assert.Equal("直接答复告知", sms.Title);
        Assert.Contains(result.CaseNumber, sms.Body);
        Assert.Contains(answer[..IntakeSms.AnswerSmsLength] + "…", sms.Body);
        Assert.DoesNotContain(answer[..(IntakeSms.AnswerSmsLength + 1)], sms.Body);
        // The query code is filled in on sending only, as for the registration SMS.
        Assert.Contains(NotificationSecrets.Placeholder, sms.Body);
        Assert.NotNull(sms.Secret);
        Assert.DoesNotContain(result.QueryCode!, sms.Body);

        // With the number and the code the caller reads the whole answer on the progress page.
        var progress = await app.WithScopeAsync(sp => sp.GetRequiredService<Hotline.Intake.Public.ProgressLookup>()
            .FindAsync(result.CaseNumber, result.QueryCode, "10.0.41.1"));
        Assert.Contains(progress.Steps, s => s.Text.Contains(answer));
    }

    [Fact]
    public async Task A_long_answer_registers_with_its_sms_and_its_public_step_cut_to_fit()
    {
        var answer = string.Concat(Enumerable.Range(1, 60).Select(i => $"第{i}项：按规定携带材料到窗口办理。"));
        Assert.True(answer.Length > 900);
        var result = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900006045"),
            new IntakeDecision.AnswerOnSpot(answer) { SmsAnswer = true });
        Assert.Equal(CaseStatus.AnsweredAtIntake, result.Status);
        var sms = Assert.Single(await SmsToAsync("13900006045"));
        Assert.True(sms.Body.Length < 250, sms.Body);
        await app.WithScopeAsync(async sp =>
            Assert.Equal(answer, (await sp.GetRequiredService<IntakeDbContext>().Cases.SingleAsync(c => c.Id == result.CaseId)).DecisionText));
        // The public step holds what its column holds (500 characters), cut with "…"; it no longer fails the save on MariaDB.
        var progress = await app.WithScopeAsync(sp => sp.GetRequiredService<Hotline.Intake.Public.ProgressLookup>()
            .FindAsync(result.CaseNumber, result.QueryCode, "10.0.45.1"));
        var step = Assert.Single(progress.Steps, s => s.Text.StartsWith("已当场答复：", StringComparison.Ordinal));
        Assert.Equal(500, step.Text.Length);
        Assert.EndsWith("…", step.Text);
        Assert.StartsWith("已当场答复：" + answer[..400], step.Text);
    }

    [Fact]
    public async Task A_short_answer_goes_whole_and_on_one_line()
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: "13900006042");
        var result = await IntakeTestData.RegisterAsync(app, input, new IntakeDecision.AnswerOnSpot("犬只登记请到县公安局治安大队。\n登记免费。") { SmsAnswer = true });
        var sms = Assert.Single(await SmsToAsync("13900006042"));
        Assert.Contains("犬只登记请到县公安局治安大队。 登记免费。", sms.Body);
        Assert.DoesNotContain("…", sms.Body);
        Assert.Contains(result.CaseNumber, sms.Body);
    }

    [Fact]
    public async Task With_the_sms_box_unticked_the_caller_gets_the_usual_registration_sms_and_a_landline_gets_none()
    {
        var unticked = await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900006043"),
            new IntakeDecision.AnswerOnSpot("已告知可向街道办申请场地。"));
        var sms = Assert.Single(await SmsToAsync("13900006043"));
        Assert.Equal("诉求登记", sms.Title);
        Assert.Contains(unticked.CaseNumber, sms.Body);
        Assert.DoesNotContain("已告知可向街道办申请场地", sms.Body);

        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "0371-66660043"),
            new IntakeDecision.AnswerOnSpot("已告知可向街道办申请场地。") { SmsAnswer = true });
        Assert.Empty(await SmsToAsync("0371-66660043"));

        // The box means nothing for other decisions: an accepted case gets the registration SMS.
        await IntakeTestData.RegisterAsync(app, await IntakeTestData.ComplaintAsync(app, phone: "13900006044"));
        Assert.Equal("诉求登记", Assert.Single(await SmsToAsync("13900006044")).Title);
    }
}

public sealed class SqliteRegistrationTests(SqliteApp app) : RegistrationTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbRegistrationTests(MariaDbApp app) : RegistrationTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
