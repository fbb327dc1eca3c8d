using Hotline.IntegrationTests.Archive;
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
/// and the denials.
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
        Assert.Equal(zjj, mine!.UnitId);
        Assert.NotNull(mine.RankInTier);

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
            Assert.Contains(cases.Numerator, c => c.CaseNumber == d.CaseNumber);
        }
        var returns = await app.AsUserAsync("assessor", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, zjj, FigureKind.ReturnApproved));
        Assert.NotNull(returns.Unavailable);
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            app.AsUserAsync("zjj.mgr", sp => sp.GetRequiredService<FigureDrillDown>().CasesAsync(November, zjj, FigureKind.SignForOnTime)));
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
