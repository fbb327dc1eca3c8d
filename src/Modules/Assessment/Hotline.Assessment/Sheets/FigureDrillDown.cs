using Hotline.Handling.Contracts;
using Hotline.Assessment.Sheets.Model;

namespace Hotline.Assessment.Sheets;

internal sealed record DrillCase(Guid CaseId, string CaseNumber, string? Note);

/// <summary>The cases behind one figure of one unit: those in the denominator, and of them those in the numerator.</summary>
internal sealed record FigureCases(FigureKind Kind, IReadOnlyList<DrillCase> Numerator, IReadOnlyList<DrillCase> Denominator, string? Unavailable);

/// <summary>
/// 指标明细: clicking a figure lists its cases, read with the same rules the figure counts by (Handling's assignments,
/// Evaluation's rated cases). Case numbers only — no caller data. The lists are always the current data, also for a
/// locked period.
/// </summary>
internal sealed class FigureDrillDown(IHandlingFacts handling, IEvaluationFigures evaluation, ICaseDirectory cases, AccessGate gate)
{
    public async Task<FigureCases> CasesAsync(AssessmentPeriod period, Guid unitId, FigureKind kind, CancellationToken ct = default)
    {
        await gate.RequireAsync(AssessmentSheets.Readers);
        var (numerator, denominator, notes) = kind switch
        {
            FigureKind.Resolution or FigureKind.Satisfaction => await RatedAsync(period, unitId, kind, ct),
            FigureKind.ReturnApproved or FigureKind.ReturnRefused or FigureKind.KnowledgeUpkeep => ([], [], null),
            _ => await AssignedAsync(period, unitId, kind, ct),
        };
        if (notes is null)
            return new FigureCases(kind, [], [], "该指标的明细在退单审核和知识库页面查看（本页只显示计数）。");
        var numbers = (await cases.GetManyAsync(denominator.Distinct(), ct)).ToDictionary(c => c.CaseId, c => c.CaseNumber);
        DrillCase Case(Guid id) => new(id, numbers.GetValueOrDefault(id) ?? "—", notes.GetValueOrDefault(id));
        return new FigureCases(kind, numerator.Select(Case).ToList(), denominator.Select(Case).ToList(), null);
    }

    private async Task<(List<Guid>, List<Guid>, Dictionary<Guid, string>?)> AssignedAsync(AssessmentPeriod period, Guid unitId, FigureKind kind, CancellationToken ct)
    {
        var facts = await handling.ForUnitAsync(unitId, period.FromUtc, period.ToUtc, ct);
        var (inDenominator, inNumerator) = kind switch
        {
            FigureKind.SignForOnTime => ((Func<AssignmentFact, bool>)(_ => true), (Func<AssignmentFact, bool>)(f => f.SignedOnTime)),
            FigureKind.FirstContactOnTime => (f => f.ContactRequired, f => f.ContactedOnTime),
            FigureKind.CompletedOnTime => (f => f.Replied, f => f.RepliedOnTime),
            FigureKind.Redo => (_ => true, f => f.Redone),
            _ => (_ => true, f => f.Extended),
        };
        var denominator = facts.Where(inDenominator).ToList();
        return (denominator.Where(inNumerator).Select(f => f.CaseId).ToList(), denominator.Select(f => f.CaseId).ToList(),
            denominator.ToDictionary(f => f.CaseId, f => f.IsLead ? "主办" : "协办"));
    }

    private async Task<(List<Guid>, List<Guid>, Dictionary<Guid, string>?)> RatedAsync(AssessmentPeriod period, Guid unitId, FigureKind kind, CancellationToken ct)
    {
        var rated = await evaluation.RatedCasesAsync(unitId, period.FromUtc, period.ToUtc, ct);
        var numerator = kind == FigureKind.Resolution
            ? rated.Where(r => r.Resolved)
            : rated.Where(r => r.HandlingRating is Rating.VerySatisfied or Rating.Satisfied or Rating.BasicallySatisfied);
        return (numerator.Select(r => r.CaseId).ToList(), rated.Select(r => r.CaseId).ToList(),
            rated.ToDictionary(r => r.CaseId, r => $"{(r.Resolved ? "已解决" : "未解决")}，{r.HandlingRating.DisplayName()}"));
    }
}
