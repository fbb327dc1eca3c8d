using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Knowledge.Contracts;
using Hotline.Assessment.Sheets.Model;

namespace Hotline.Assessment.Sheets;

/// <summary>One row behind a figure: a case (linked), or a knowledge gap (no link; <see cref="Label"/> names the case it came from, if any).</summary>
internal sealed record DrillCase(Guid? CaseId, string Label, string? Note);

/// <summary>
/// The rows behind one figure of one unit: those in the denominator, and those in the numerator. <see cref="PeriodLocked"/>:
/// the figure is the lock's snapshot while the rows are today's data, so they may differ.
/// </summary>
internal sealed record FigureCases(FigureKind Kind, IReadOnlyList<DrillCase> Numerator, IReadOnlyList<DrillCase> Denominator, bool PeriodLocked);

/// <summary>
/// 指标明细: clicking a figure lists what it counts, read through the owning modules' contracts with the same rules the figure
/// counts by (Handling's assignments, Evaluation's rated cases, Dispatch's return requests, Knowledge's gaps), so the lists add
/// up. Case numbers and outcomes only — no caller data. The center's readers see every unit; a unit manager only its own.
/// </summary>
internal sealed class FigureDrillDown(
    IHandlingFacts handling,
    IEvaluationFigures evaluation,
    IAssignmentDirectory assignments,
    IKnowledgeUpkeepFacts knowledge,
    ICaseDirectory cases,
    IDbContextFactory<AssessmentDbContext> contexts,
    AccessGate gate)
{
    private sealed record Row(Guid CaseId, string? Note);

    public async Task<FigureCases> CasesAsync(AssessmentPeriod period, Guid unitId, FigureKind kind, CancellationToken ct = default)
    {
        await gate.RequireAsync([.. AssessmentSheets.Readers, HotlineRoles.UnitManager]);
        if (!await gate.IsInAnyRoleAsync(AssessmentSheets.Readers) && await gate.UnitIdAsync() != unitId)
            throw new UnauthorizedAccessException("只能查看本单位指标的明细。");
        bool locked;
        await using (var db = await contexts.CreateDbContextAsync(ct))
            locked = await db.AssessmentLocks.AnyAsync(l => l.PeriodKey == period.Key, ct);
        if (kind == FigureKind.KnowledgeUpkeep)
        {
            var gaps = (await knowledge.GapsDueAsync(unitId, period.FromUtc, period.ToUtc, ct)).Select(g => (g.FixedOnTime, Row: new DrillCase(null, g.CaseNumber ?? g.Kind,
                $"{(g.CaseNumber is null ? "" : g.Kind + "：")}{Short(g.Description)}，{ChinaTime.DateOf(g.DueUtc):yyyy-MM-dd} 到期，{g.Outcome}"))).ToList();
            return new FigureCases(kind, gaps.Where(g => g.FixedOnTime).Select(g => g.Row).ToList(), gaps.Select(g => g.Row).ToList(), locked);
        }
        var (numerator, denominator) = kind switch
        {
            FigureKind.Resolution or FigureKind.Satisfaction => await RatedAsync(period, unitId, kind, ct),
            FigureKind.ReturnApproved or FigureKind.ReturnRefused => await ReturnsAsync(period, unitId, kind, ct),
            _ => await AssignedAsync(period, unitId, kind, ct),
        };
        var numbers = (await cases.GetManyAsync(numerator.Concat(denominator).Select(r => r.CaseId).Distinct(), ct)).ToDictionary(c => c.CaseId, c => c.CaseNumber);
        DrillCase Case(Row r) => new(r.CaseId, numbers.GetValueOrDefault(r.CaseId) ?? "—", r.Note);
        return new FigureCases(kind, numerator.Select(Case).ToList(), denominator.Select(Case).ToList(), locked);
    }

    private async Task<(List<Row>, List<Row>)> AssignedAsync(AssessmentPeriod period, Guid unitId, FigureKind kind, CancellationToken ct)
    {
        var facts = await handling.ForUnitAsync(unitId, period.FromUtc, period.ToUtc, ct);
        var (inDenominator, inNumerator) = kind switch
        {
            FigureKind.SignForOnTime => ((Func<AssignmentFact, bool>)(_ => true), (Func<AssignmentFact, bool>)(f => f.SignedOnTime)),
            FigureKind.FirstContactOnTime => (f => f.ContactRequired, f => f.ContactedOnTime),
            FigureKind.CompletedOnTime => (f => f.Replied || f.OpenOverdue, f => f.RepliedOnTime),
            FigureKind.Redo => (_ => true, f => f.Redone),
            _ => (_ => true, f => f.Extended),
        };
        var denominator = facts.Where(inDenominator).ToList();
        return (denominator.Where(inNumerator).Select(Assigned).ToList(), denominator.Select(Assigned).ToList());
    }

    private static Row Assigned(AssignmentFact f) => new(f.CaseId, (f.IsLead ? "主办" : "协办") + (f.OpenOverdue ? "，超期未答复" : ""));

    /// <summary>满意率 leaves out the mediation and law-enforcement cases, as its figure does; 解决率 keeps them.</summary>
    private async Task<(List<Row>, List<Row>)> RatedAsync(AssessmentPeriod period, Guid unitId, FigureKind kind, CancellationToken ct)
    {
        var rated = (await evaluation.RatedCasesAsync(unitId, period.FromUtc, period.ToUtc, ct))
            .Where(r => kind == FigureKind.Resolution || !r.NotChasedForSatisfaction).ToList();
        var numerator = kind == FigureKind.Resolution
            ? rated.Where(r => r.Resolved)
            : rated.Where(r => r.HandlingRating is Rating.VerySatisfied or Rating.Satisfied or Rating.BasicallySatisfied);
        Row Of(RatedCaseFact r) => new(r.CaseId, $"{(r.Resolved ? "已解决" : "未解决")}，{r.HandlingRating.DisplayName()}" +
            (r.NotChasedForSatisfaction ? "（行政调解类/执法办案类，不计满意率）" : ""));
        return (numerator.Select(Of).ToList(), rated.Select(Of).ToList());
    }

    /// <summary>The denominator is the unit's assignments dispatched in the period plus the approved returns (whose assignments ended), as the figure counts it.</summary>
    private async Task<(List<Row>, List<Row>)> ReturnsAsync(AssessmentPeriod period, Guid unitId, FigureKind kind, CancellationToken ct)
    {
        var returns = await assignments.ReturnsOfUnitAsync(unitId, period.FromUtc, period.ToUtc, ct);
        var dispatched = await handling.ForUnitAsync(unitId, period.FromUtc, period.ToUtc, ct);
        static Row Of(ReturnRequestFact r) => new(r.CaseId, $"{ChinaTime.Format(r.AppliedAtUtc)} 申请退单（{r.Reason.DisplayName()}），{r.Outcome}");
        var numerator = returns.Where(r => kind == FigureKind.ReturnApproved ? r.Approved : r.Refused).Select(Of).ToList();
        return (numerator, [.. dispatched.Select(Assigned), .. returns.Where(r => r.Approved).Select(Of)]);
    }

    private static string Short(string text) => text.Length <= 40 ? text : text[..40] + "…";
}
