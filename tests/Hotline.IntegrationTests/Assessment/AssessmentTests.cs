using Hotline.Dispatch.Contracts;
using Hotline.Evaluation.Contracts;
using Hotline.IntegrationTests.Archive;
using Hotline.IntegrationTests.Dispatch;
using Hotline.IntegrationTests.Dispatch.Returns;
using Hotline.IntegrationTests.Evaluation;
using Hotline.IntegrationTests.Intake;
using Hotline.IntegrationTests.Knowledge;
using Hotline.IntegrationTests.Organization;
using Hotline.Intake.Contracts;
using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Domain;
using Hotline.Knowledge.Gaps;
using Hotline.Platform.Seeding;
using Hotline.Platform;
using Hotline.Platform.Rules;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Scoring;
using Hotline.Assessment.Sheets;
using Hotline.Assessment.Domain;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Assessment;

/// <summary>
/// 考核 on real lifecycles: a case closed through every module counts for its unit; scores, tiers, adjustments,
/// locks that freeze the sheet, audited unlocks, the unit manager's own line, weights refused when they do not sum to 1;
/// every figure's drill-down (returns from Dispatch, gaps from Knowledge), 满意率 without the mediation and law-enforcement
/// cases; and the denials.
/// </summary>
public abstract class AssessmentTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private static readonly AssessmentPeriod November = AssessmentPeriod.Month(2026, 11);

    private Task<AssessmentSheet> SheetAsync(string user = "assessor") =>
        app.AsUserAsync(user, sp => sp.GetRequiredService<AssessmentSheets>().ForPeriodAsync(November));

    private async Task<Guid> UnitIdAsync(string code) => (await app.Service<IUnitDirectory>().FindByCodeAsync(code))!.Id;

    [Fact]
    public async Task A_closed_case_counts_for_its_unit_and_a_lock_freezes_the_sheet_against_later_cases_and_adjustments()
    {
        await ArchiveTestData.ClosedCaseAsync(app, "13900009001", withExtension: false);
        var zjj = await UnitIdAsync("ZJJ");
        var sheet = await SheetAsync();
        var row = sheet.Units.Single(u => u.UnitId == zjj);
        Assert.Equal(UnitType.CountyDepartment, row.Tier);
        Assert.Equal(1.0, row.Figure(FigureKind.SignForOnTime).Rate);
        Assert.Equal(1.0, row.Figure(FigureKind.FirstContactOnTime).Rate);
        Assert.Equal(1.0, row.Figure(FigureKind.Resolution).Rate);
        Assert.Equal(1.0, row.Figure(FigureKind.Satisfaction).Rate);
        var rated = row.Figure(FigureKind.Satisfaction);
        Assert.True(rated.Denominator >= 1);
        Assert.Equal(rated.Denominator, rated.Numerator);
        Assert.Equal(100.0, row.Score);
        Assert.Equal(1, row.RankInTier);
        // A bureau with no case this month: every figure "—", no score, no rank.
        var idle = sheet.Units.First(u => u.Tier == UnitType.CountyDepartment && u.Figures.All(f => f.Denominator == 0));
        Assert.Null(idle.Score);
        Assert.Null(idle.RankInTier);
        Assert.DoesNotContain(sheet.Units, u => u.Tier == UnitType.Village);

        await app.AsUserAsync("assessor", sp => sp.GetRequiredService<AssessmentSheets>().AdjustAsync(November, zjj, -2m, "虚假办结"));
        var noReason = await Assert.ThrowsAsync<DomainRuleViolation>(() =>
            app.AsUserAsync("assessor", sp => sp.GetRequiredService<AssessmentSheets>().AdjustAsync(November, zjj, -1m, " ")));
        Assert.Equal("请填写加减分的理由。", noReason.Message);
        Assert.Equal(AssessmentAdjustment.ReasonGiven, noReason.Rule);
        Assert.Equal(98.0, (await SheetAsync()).Units.Single(u => u.UnitId == zjj).Score);

        await app.AsUserAsync("assessor", sp => sp.GetRequiredService<AssessmentSheets>().LockAsync(November));
        await ArchiveTestData.ClosedCaseAsync(app, "13900009002", withExtension: false);
        var locked = await SheetAsync();
        Assert.True(locked.Locked);
        Assert.Equal("assessor", locked.LockedBy);
        var frozen = locked.Units.Single(u => u.UnitId == zjj);
        var dispatchedAtLock = row.Figure(FigureKind.SignForOnTime).Denominator;
        Assert.Equal(dispatchedAtLock, frozen.Figure(FigureKind.SignForOnTime).Denominator);
        Assert.Equal(98.0, frozen.Score);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("assessor", sp => sp.GetRequiredService<AssessmentSheets>().AdjustAsync(November, zjj, 1m, "表扬")));
        Assert.Contains("已锁定", refused.Message);

        // Weights changed after the lock affect only unlocked periods.
        var settings = await app.WithScopeAsync(sp => sp.GetRequiredService<AssessmentSettingsService>().GetAsync());
        (settings.ResponseWeight, settings.ResolutionWeight, settings.SatisfactionWeight) = (0.3, 0.35, 0.35);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<AssessmentSettingsService>().SaveAsync(settings));
        Assert.Equal(0.1, (await SheetAsync()).Weights.Response);

        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("assessor", sp => sp.GetRequiredService<AssessmentSheets>().UnlockAsync(November, "")));
        await app.AsUserAsync("assessor", sp => sp.GetRequiredService<AssessmentSheets>().UnlockAsync(November, "补录遗漏的回访"));
        var reopened = await SheetAsync();
        Assert.False(reopened.Locked);
        Assert.Equal(0.3, reopened.Weights.Response);
        Assert.Equal(dispatchedAtLock + 1, reopened.Units.Single(u => u.UnitId == zjj).Figure(FigureKind.SignForOnTime).Denominator);
        var audited = await app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ObjectId == November.Key).Select(a => a.Action).ToListAsync());
        Assert.Contains(AssessmentSheets.LockAction, audited);
        Assert.Contains(AssessmentSheets.UnlockAction, audited);
        Assert.Contains(AssessmentSheets.AdjustAction, audited);
    }

    [Fact]
    public async Task A_unit_manager_reads_only_its_own_line_and_other_roles_are_refused()
    {
        await ArchiveTestData.ClosedCaseAsync(app, "13900009003", withExtension: false);
        var zjj = await UnitIdAsync("ZJJ");
        var mine = await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<AssessmentSheets>().ForOwnUnitAsync(November));
        var own = Assert.Single(mine.Units);
        Assert.Equal(zjj, own.UnitId);
        Assert.NotNull(own.RankInTier);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SheetAsync("zjj.mgr"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => SheetAsync("agent"));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("supervisor", sp => sp.GetRequiredService<AssessmentSheets>().LockAsync(November)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<AssessmentSheets>().AdjustAsync(November, zjj, -1m, "无权")));
        Assert.NotEmpty((await SheetAsync("admin")).Units);
    }

    [Fact]
    public async Task A_figure_lists_the_cases_behind_its_numerator_and_denominator_and_they_add_up()
    {
        var d = await ArchiveTestData.ClosedCaseAsync(app, "13900009004", withExtension: false);
        var zjj = await UnitIdAsync("ZJJ");
        var row = (await SheetAsync()).Units.Single(u => u.UnitId == zjj);
        foreach (var kind in new[] { FigureKind.SignForOnTime, FigureKind.FirstContactOnTime, FigureKind.CompletedOnTime, FigureKind.Resolution, FigureKind.Satisfaction })
        {
            var cases = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, zjj, kind));
            Assert.Equal(row.Figure(kind).Denominator, cases.Denominator.Count);
            Assert.Contains(cases.Numerator, c => c.Label == d.CaseNumber);
            Assert.False(cases.PeriodLocked);
        }
        // The unit's manager drills into its own figures, and into no other unit's; other roles not at all.
        var own = await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, zjj, FigureKind.SignForOnTime));
        Assert.Equal(row.Figure(FigureKind.SignForOnTime).Denominator, own.Denominator.Count);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj.mgr", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, zjj, FigureKind.SignForOnTime)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj.mgr", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, zjj, FigureKind.Satisfaction)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("agent", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, zjj, FigureKind.SignForOnTime)));
    }

    [Fact]
    public async Task Returns_and_knowledge_gaps_drill_down_through_their_modules_and_a_locked_period_says_the_list_is_live()
    {
        // 市场监管局: one return approved, one refused, both in November; the refused case's assignment stays with the unit.
        var scjgj = await UnitIdAsync(DemoCountyData.MarketBureauCode);
        var approvedCase = await ReturnTestData.DispatchedCaseAsync(app, DemoCountyData.MarketBureauCode);
        var refusedCase = await ReturnTestData.DispatchedCaseAsync(app, DemoCountyData.MarketBureauCode);
        await app.DeliverEventsAsync();
        await ReturnTestData.ApproveAsync(app, await ReturnTestData.ApplyAsync(app, "scjgj", approvedCase, DemoCountyData.MarketBureauCode));
        await ReturnTestData.RefuseAsync(app, await ReturnTestData.ApplyAsync(app, "scjgj", refusedCase, DemoCountyData.MarketBureauCode,
            ReturnReason.InsufficientInformation));
        await app.DeliverEventsAsync();

        var row = (await SheetAsync()).Units.Single(u => u.UnitId == scjgj);
        Assert.Equal((1.0, 2), (row.Figure(FigureKind.ReturnApproved).Numerator, row.Figure(FigureKind.ReturnApproved).Denominator));
        Assert.Equal((1.0, 2), (row.Figure(FigureKind.ReturnRefused).Numerator, row.Figure(FigureKind.ReturnRefused).Denominator));
        var approved = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, scjgj, FigureKind.ReturnApproved));
        var number = (await app.Service<ICaseDirectory>().GetManyAsync([approvedCase, refusedCase])).ToDictionary(c => c.CaseId, c => c.CaseNumber);
        var returned = Assert.Single(approved.Numerator);
        Assert.Equal((approvedCase, number[approvedCase]), (returned.CaseId, returned.Label));
        Assert.Contains("非本单位职责", returned.Note);
        Assert.Contains("已同意", returned.Note);
        Assert.Equal(2, approved.Denominator.Count);
        Assert.Contains(approved.Denominator, c => c.CaseId == refusedCase && c.Note == "主办");
        var refused = await app.AsUserAsync("scjgj.mgr", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, scjgj, FigureKind.ReturnRefused));
        var refusal = Assert.Single(refused.Numerator);
        Assert.Equal(refusedCase, refusal.CaseId);
        Assert.Contains("诉求信息不全", refusal.Note);
        Assert.Contains("已驳回", refusal.Note);
        Assert.Equal(2, refused.Denominator.Count);

        // 住建局's knowledge gaps: reported today, due in 5 working days (December); one fixed in time, one left open.
        var december = AssessmentPeriod.Month(2026, 12);
        var zjj = await UnitIdAsync("ZJJ");
        var article = await KnowledgeTestData.PublishedAsync(app, "考核明细测试：电梯维保");
        var fixedGap = await app.AsUserAsync("agent", sp => sp.GetRequiredService<KnowledgeGaps>()
            .ReportAsync(new GapReport(GapKind.Inaccurate, "维保周期已调整为每 15 日一次", article, null, null, "QH202611250001")));
        await app.AsUserAsync("agent", sp => sp.GetRequiredService<KnowledgeGaps>()
            .ReportAsync(new GapReport(GapKind.Expired, "收费文件已废止", article, null, null, null)));
        app.Clock.Advance(TimeSpan.FromMinutes(1));
        await KnowledgeTestData.ReviseAsync(app, article);
        await app.AsUserAsync("zjj.mgr", async sp => { await sp.GetRequiredService<KnowledgeGaps>().FixAsync(fixedGap, null, "已发布新版本"); return true; });

        var upkeep = (await app.AsUserAsync("assessor", sp => sp.GetRequiredService<AssessmentSheets>().ForPeriodAsync(december)))
            .Units.Single(u => u.UnitId == zjj).Figure(FigureKind.KnowledgeUpkeep);
        Assert.Equal((1.0, 2), (upkeep.Numerator, upkeep.Denominator));
        var gaps = await app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(december, zjj, FigureKind.KnowledgeUpkeep));
        var fixedRow = Assert.Single(gaps.Numerator);
        Assert.Equal(("QH202611250001", null), (fixedRow.Label, fixedRow.CaseId));
        Assert.Contains("按时修正", fixedRow.Note);
        Assert.Equal(2, gaps.Denominator.Count);
        Assert.Contains(gaps.Denominator, g => g.Label == "知识失效" && g.Note!.Contains("收费文件已废止") && g.Note.Contains("未修正"));
        // Knowledge refuses another unit's gaps itself, whoever asks.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("scjgj.mgr", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(december, zjj, FigureKind.KnowledgeUpkeep)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync("scjgj.mgr", sp =>
            sp.GetRequiredService<IKnowledgeUpkeepFacts>().GapsDueAsync(zjj, december.FromUtc, december.ToUtc)));

        // Locked, the figure is the snapshot and the list today's data: the drill-down says so.
        await app.AsUserAsync("assessor", sp => sp.GetRequiredService<AssessmentSheets>().LockAsync(december));
        Assert.True((await app.AsUserAsync("assessor", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(december, zjj, FigureKind.KnowledgeUpkeep))).PeriodLocked);
    }

    [Fact]
    public async Task Satisfaction_leaves_out_mediation_and_law_enforcement_cases_and_resolution_keeps_them()
    {
        // 城管局 leads four rated cases: 物业管理 满意 (resolved), 物业管理 基本满意, 物业纠纷调解 (行政调解类) 不满意, 违法建设查处 (执法办案类) 非常满意 (resolved).
        var cgj = await UnitIdAsync("CGJ");
        var plain = await RatedAsync("13900009101", "C0101", cgj, Rating.Satisfied, resolved: true);
        var basically = await RatedAsync("13900009102", "C0101", cgj, Rating.BasicallySatisfied, resolved: false);
        var mediation = await RatedAsync("13900009103", "C0102", cgj, Rating.Dissatisfied, resolved: false);
        var enforcement = await RatedAsync("13900009104", "C0106", cgj, Rating.VerySatisfied, resolved: true);

        // Evaluation's own figure keeps all four: (满意 + 非常满意 + w × 基本满意) / 4; its not-chased part is two cases, one satisfied.
        var (from, to) = (November.FromUtc, November.ToUtc);
        var evaluation = Assert.Single(await app.Service<IEvaluationFigures>().PerUnitAsync(from, to), f => f.UnitId == cgj);
        Assert.Equal((4, 2, 1), (evaluation.Revisited, evaluation.Satisfied, evaluation.BasicallySatisfied));
        var notChased = Assert.Single(await app.Service<IEvaluationFigures>().NotChasedPerUnitAsync(from, to), f => f.UnitId == cgj);
        Assert.Equal(new UnitNotChasedCounts(cgj, 2, 1, 0), notChased);

        // The assessment's 满意率 = (1 + w × 1) / 2 over the two ordinary cases; 解决率 = 2 / 4 over all four.
        var sheet = await SheetAsync();
        var w = sheet.BasicallySatisfiedWeight;
        var row = sheet.Units.Single(u => u.UnitId == cgj);
        Assert.Equal((1 + w, 2), (row.Figure(FigureKind.Satisfaction).Numerator, row.Figure(FigureKind.Satisfaction).Denominator));
        Assert.Equal(0.95, row.Figure(FigureKind.Satisfaction).Rate!.Value, 10);
        Assert.Equal((2.0, 4), (row.Figure(FigureKind.Resolution).Numerator, row.Figure(FigureKind.Resolution).Denominator));
        var response = row.Figure(FigureKind.FirstContactOnTime).Rate!.Value;
        Assert.Equal(Math.Round(100 * (sheet.Weights.Response * response + sheet.Weights.Resolution * 0.5 + sheet.Weights.Satisfaction * (1 + w) / 2), 2), row.BaseScore);

        // The lists add up the same way.
        var satisfied = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, cgj, FigureKind.Satisfaction));
        Assert.Equal(new[] { plain, basically }.Order(), satisfied.Denominator.Select(c => c.CaseId!.Value).Order());
        Assert.Equal(new[] { plain, basically }.Order(), satisfied.Numerator.Select(c => c.CaseId!.Value).Order());
        var resolved = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, cgj, FigureKind.Resolution));
        Assert.Equal(4, resolved.Denominator.Count);
        Assert.Equal(new[] { plain, enforcement }.Order(), resolved.Numerator.Select(c => c.CaseId!.Value).Order());
        Assert.Contains("不计满意率", resolved.Denominator.Single(c => c.CaseId == mediation).Note);
    }

    /// <summary>Registered in a category, dispatched to the unit, replied (Handling's event) and rated at the revisit.</summary>
    private async Task<Guid> RatedAsync(string phone, string categoryCode, Guid unitId, Rating rating, bool resolved)
    {
        var input = await IntakeTestData.ComplaintAsync(app, phone: phone);
        var registered = await IntakeTestData.RegisterAsync(app, input with { CategoryId = await app.CategoryIdAsync(categoryCode), SubmissionKey = Guid.NewGuid() });
        await app.DeliverEventsAsync();
        await DispatchTestData.DispatchAsync(app, registered.CaseId, unitId);
        await app.DeliverEventsAsync();
        var lead = (await DispatchTestData.AssignmentsAsync(app, registered.CaseId)).Single();
        await EvaluationTestData.ReplyAsync(app, new RepliedCase(registered.CaseId, registered.CaseNumber, unitId, lead.Id));
        await EvaluationTestData.RecordAsync(app, registered.CaseId, EvaluationTestData.Rated(rating, resolved));
        return registered.CaseId;
    }

    [Fact]
    public async Task Weights_not_summing_to_one_are_refused_with_the_sum()
    {
        var settings = await app.WithScopeAsync(sp => sp.GetRequiredService<AssessmentSettingsService>().GetAsync());
        (settings.ResponseWeight, settings.ResolutionWeight, settings.SatisfactionWeight) = (0.3, 0.3, 0.3);
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<AssessmentSettingsService>().SaveAsync(settings)));
        Assert.Contains("当前为 0.9", refused.Message);
    }
}

public sealed class SqliteAssessmentTests(SqliteApp app) : AssessmentTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAssessmentTests(MariaDbApp app) : AssessmentTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
