using Hotline.Supervision.Contracts;
using Hotline.Dispatch.Contracts;
using Hotline.Handling.Contracts;
using Hotline.Knowledge.Contracts;
using Hotline.Assessment.Sheets.Model;

namespace Hotline.Assessment.Sheets;

/// <summary>Everything a period's figures are counted from, per unit, read through the other modules' contracts.</summary>
internal sealed record PeriodCounts(
    IReadOnlyDictionary<Guid, IReadOnlyList<FigureValue>> Figures,
    IReadOnlyDictionary<Guid, SupervisionCounts> Supervisions,
    double BasicallySatisfiedWeight);

/// <summary>
/// Reads a period's counts: deadlines from Handling, returns from Dispatch, ratings from Evaluation (满意率 without the
/// categories Evaluation does not chase for satisfaction), knowledge upkeep
/// from Knowledge, and supervisions from Supervision. A unit with nothing counted has every figure at
/// 0/0, which reads as "—".
/// </summary>
internal sealed class FigureSources(
    IHandlingFacts handling,
    IAssignmentDirectory assignments,
    IEvaluationFigures evaluation,
    IKnowledgeUpkeepFacts knowledge,
    ISupervisionFigures supervision)
{
    public async Task<PeriodCounts> CountAsync(AssessmentPeriod period, IReadOnlyCollection<Guid> unitIds, CancellationToken ct)
    {
        var (from, to) = (period.FromUtc, period.ToUtc);
        // Each source reads its own module's database context: asked at once, a year's sheet waits for the slowest, not the sum.
        var handledTask = handling.PerUnitAsync(from, to, ct);
        var returnsTask = assignments.ReturnCountsAsync(from, to, ct);
        var ratedTask = evaluation.PerUnitAsync(from, to, ct);
        var notChasedTask = evaluation.NotChasedPerUnitAsync(from, to, ct);
        var weightTask = evaluation.BasicallySatisfiedWeightAsync(ct);
        var upkeepTask = KnowledgeAsync(from, to, ct);
        var supervisionsTask = SupervisionsAsync(from, to, ct);
        await Task.WhenAll(handledTask, returnsTask, ratedTask, notChasedTask, weightTask, upkeepTask, supervisionsTask);
        var handled = (await handledTask).ToDictionary(f => f.UnitId);
        var returns = (await returnsTask).ToDictionary(r => r.UnitId);
        var rated = (await ratedTask).ToDictionary(e => e.UnitId);
        var notChased = (await notChasedTask).ToDictionary(e => e.UnitId);
        var weight = await weightTask;
        var upkeep = (await upkeepTask).ToDictionary(k => k.UnitId);
        var supervisions = await supervisionsTask;

        var figures = unitIds.ToDictionary(id => id, id =>
        {
            var h = handled.GetValueOrDefault(id);
            var r = returns.GetValueOrDefault(id);
            var e = rated.GetValueOrDefault(id);
            var m = notChased.GetValueOrDefault(id);
            var k = upkeep.GetValueOrDefault(id);
            var dispatched = h?.Assignments ?? 0;
            var withReturned = dispatched + (r?.Approved ?? 0);
            return (IReadOnlyList<FigureValue>)
            [
                new(FigureKind.SignForOnTime, h?.SignedOnTime ?? 0, dispatched),
                new(FigureKind.FirstContactOnTime, h?.ContactedOnTime ?? 0, h?.ContactRequired ?? 0),
                // A unit still owing replies past their deadline cannot look better than one that replied late.
                new(FigureKind.CompletedOnTime, h?.RepliedOnTime ?? 0, (h?.Replied ?? 0) + (h?.OpenOverdue ?? 0)),
                new(FigureKind.Resolution, e?.Resolved ?? 0, e?.Revisited ?? 0),
                Satisfaction(e, m, weight),
                new(FigureKind.ReturnApproved, r?.Approved ?? 0, withReturned),
                new(FigureKind.ReturnRefused, r?.Refused ?? 0, withReturned),
                new(FigureKind.Redo, h?.Redone ?? 0, dispatched),
                new(FigureKind.Extension, h?.Extended ?? 0, dispatched),
                new(FigureKind.KnowledgeUpkeep, k?.FixedOnTime ?? 0, k?.DueInPeriod ?? 0),
            ];
        });
        return new PeriodCounts(figures, unitIds.ToDictionary(id => id, id => supervisions.GetValueOrDefault(id) ?? new SupervisionCounts(0, 0, 0)), weight);
    }

    /// <summary>
    /// 满意率 without the mediation and law-enforcement cases (行政调解类/执法办案类): they are handled lawfully and not chased
    /// for satisfaction (000), so Evaluation's part of them is taken out of the numerator and the denominator.
    /// </summary>
    public static FigureValue Satisfaction(UnitEvaluationFigures? all, UnitNotChasedCounts? notChased, double weight) =>
        new(FigureKind.Satisfaction,
            (all?.Satisfied ?? 0) - (notChased?.Satisfied ?? 0) + weight * ((all?.BasicallySatisfied ?? 0) - (notChased?.BasicallySatisfied ?? 0)),
            (all?.Revisited ?? 0) - (notChased?.Revisited ?? 0));

    /// <summary>
    /// Knowledge gives every unit's figure to the center's roles and a unit manager its own unit's only; the figure is not
    /// in the composite score, so the manager's rank is the same either way.
    /// </summary>
    private async Task<IReadOnlyList<KnowledgeUpkeepFigure>> KnowledgeAsync(DateTime from, DateTime to, CancellationToken ct)
    {
        try
        {
            return await knowledge.TimelinessAsync(from, to, ct);
        }
        catch (UnauthorizedAccessException)
        {
            return [await knowledge.OwnUnitTimelinessAsync(from, to, ct)];
        }
    }

    /// <summary>督办次数 by the level each supervision stands at, counted by the day it was issued (Supervision's figures).</summary>
    private async Task<Dictionary<Guid, SupervisionCounts>> SupervisionsAsync(DateTime from, DateTime to, CancellationToken ct) =>
        (await supervision.PerUnitAsync(from, to, ct)).ToDictionary(c => c.UnitId, c => new SupervisionCounts(c.Reminder, c.Notice, c.Leader));
}
