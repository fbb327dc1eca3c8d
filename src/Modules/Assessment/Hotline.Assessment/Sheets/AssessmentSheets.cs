using System.Text.Json;
using Hotline.Platform.Auditing;
using Hotline.Assessment.Sheets.Model;
using Hotline.Assessment.Sheets.Scoring;

namespace Hotline.Assessment.Sheets;

/// <summary>
/// 考核: the sheet of a period for the Assessor (every unit, by tier, with scores and ranks), the UnitManager's own line,
/// the assessor's adjustments, and period locks. A locked period is read from its frozen snapshot; adjustments to it
/// are refused; unlocking is audited.
/// </summary>
internal sealed class AssessmentSheets(
    FigureSources sources,
    AssessmentSettingsService settings,
    IUnitDirectory units,
    IDbContextFactory<AssessmentDbContext> contexts,
    AccessGate gate,
    CurrentUser currentUser,
    TimeProvider clock) : IAssessmentSheets
{
    public const string LockAction = "锁定考核期间";
    public const string UnlockAction = "解锁考核期间";
    public const string AdjustAction = "考核加减分";

    public static readonly string[] Readers = [HotlineRoles.Assessor, HotlineRoles.CenterAdmin];
    public static readonly string[] Assessors = [HotlineRoles.Assessor];

    /// <summary>The tiers that are assessed; villages answer through their township.</summary>
    public static readonly UnitType[] Tiers = [UnitType.CountyDepartment, UnitType.PublicEnterprise, UnitType.Township];

    private static readonly JsonSerializerOptions Json = new();

    public async Task<AssessmentSheet> ForPeriodAsync(AssessmentPeriod period, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(Readers);
        return await SheetAsync(period, cancellationToken);
    }

    /// <returns>The sheet with the signed-in manager's unit alone in it (none when the unit is not assessed), with its weights and lock.</returns>
    public async Task<AssessmentSheet> ForOwnUnitAsync(AssessmentPeriod period, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(HotlineRoles.UnitManager);
        var unitId = await currentUser.UnitIdAsync() ?? throw new UnauthorizedAccessException("当前账号未关联成员单位。");
        var sheet = await SheetAsync(period, cancellationToken);
        return sheet with { Units = sheet.Units.Where(u => u.UnitId == unitId).ToList() };
    }

    public async Task AdjustAsync(AssessmentPeriod period, Guid unitId, decimal points, string? reason, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(Assessors);
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (await db.AssessmentLocks.AnyAsync(l => l.PeriodKey == period.Key, ct))
            throw new BusinessRuleException($"{period.Label}已锁定，不能再加减分；如需调整请先解锁。");
        if (await units.GetUnitAsync(unitId, ct) is not { } unit || !Tiers.Contains(unit.Type))
            throw new BusinessRuleException("该单位不参加考核。", "unit");
        var adjustment = AssessmentAdjustment.Record(period.Key, unitId, points, reason, actor.UserName, clock.GetUtcNow().UtcDateTime);
        db.AssessmentAdjustments.Add(adjustment);
        db.Audit(actor, clock, AdjustAction, "AssessmentPeriod", period.Key, $"{unit.Name} {points:+0.#;-0.#} 分：{adjustment.Reason}");
        await db.SaveChangesAsync(ct);
    }

    public async Task LockAsync(AssessmentPeriod period, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(Assessors);
        var sheet = await SheetAsync(period, ct);
        if (sheet.Locked)
            throw new BusinessRuleException($"{period.Label}已锁定。");
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.AssessmentLocks.Add(AssessmentLock.Freeze(period.Key, JsonSerializer.Serialize(Frozen.Of(sheet), Json), actor.UserName, now));
        db.Audit(actor, clock, LockAction, "AssessmentPeriod", period.Key, $"{period.Label}：{sheet.Units.Count} 个单位");
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException($"{period.Label}已被他人锁定。");
        }
    }

    public async Task UnlockAsync(AssessmentPeriod period, string? reason, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(Assessors);
        var why = reason?.Trim() ?? "";
        if (why.Length == 0)
            throw new BusinessRuleException("解锁须说明理由。", "reason");
        await using var db = await contexts.CreateDbContextAsync(ct);
        var held = await db.AssessmentLocks.FirstOrDefaultAsync(l => l.PeriodKey == period.Key, ct)
            ?? throw new BusinessRuleException($"{period.Label}未锁定。");
        db.AssessmentLocks.Remove(held);
        db.Audit(actor, clock, UnlockAction, "AssessmentPeriod", period.Key, why.Length > 300 ? why[..300] : why);
        await db.SaveChangesAsync(ct);
    }

    private async Task<AssessmentSheet> SheetAsync(AssessmentPeriod period, CancellationToken ct)
    {
        await using (var db = await contexts.CreateDbContextAsync(ct))
        {
            if (await db.AssessmentLocks.AsNoTracking().FirstOrDefaultAsync(l => l.PeriodKey == period.Key, ct) is { } held)
            {
                var frozen = JsonSerializer.Deserialize<Frozen>(held.SnapshotJson, Json)!;
                return new AssessmentSheet(period, frozen.Weights, frozen.BasicallySatisfiedWeight, true, held.LockedAtUtc, held.LockedBy, frozen.Units, frozen.ComputedAtUtc);
            }
        }
        var assessed = (await units.ActiveUnitsAsync(ct)).Where(u => Tiers.Contains(u.Type)).ToList();
        var counts = await sources.CountAsync(period, assessed.Select(u => u.Id).ToList(), ct);
        var adjustments = await AdjustmentsAsync(period, ct);
        var weights = (await settings.GetAsync(ct)).Weights();
        var scored = SheetScoring.Score(assessed.Select(u => new UnitFigures(u, counts.Figures[u.Id], counts.Supervisions[u.Id],
            adjustments.GetValueOrDefault(u.Id) ?? [])), weights);
        return new AssessmentSheet(period, weights, counts.BasicallySatisfiedWeight, false, null, null, scored, clock.GetUtcNow().UtcDateTime);
    }

    private async Task<Dictionary<Guid, IReadOnlyList<ScoreAdjustment>>> AdjustmentsAsync(AssessmentPeriod period, CancellationToken ct)
    {
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.AssessmentAdjustments.AsNoTracking().Where(a => a.PeriodKey == period.Key).OrderBy(a => a.AtUtc).ToListAsync(ct);
        return rows.GroupBy(a => a.UnitId).ToDictionary(g => g.Key,
            g => (IReadOnlyList<ScoreAdjustment>)g.Select(a => new ScoreAdjustment(a.Id, a.UnitId, a.Points, a.Reason, a.By, a.AtUtc)).ToList());
    }

    /// <summary>What a lock keeps: the sheet's content without its period (the key names it).</summary>
    private sealed record Frozen(CompositeWeights Weights, double BasicallySatisfiedWeight, IReadOnlyList<UnitAssessment> Units, DateTime ComputedAtUtc)
    {
        public static Frozen Of(AssessmentSheet s) => new(s.Weights, s.BasicallySatisfiedWeight, s.Units, s.ComputedAtUtc);
    }
}
