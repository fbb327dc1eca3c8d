using Hotline.Dispatch.Routing;

namespace Hotline.Dispatch.Dispatching.Bulk;

/// <summary>
/// 批量派单: the dispatcher ticks several waiting cases, sees them grouped by the suggestion each would get, and
/// confirms; every case is then dispatched on its own (its own version, deadlines, timeline and audit), so one
/// refused case never holds back or undoes the others.
/// </summary>
internal sealed class BulkDispatching(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    DispatchSuggestions suggestions,
    CaseDispatching dispatching)
{
    public const int MaxCases = 50;

    public async Task<BulkDispatchPlan> PlanAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Dispatchers);
        if (caseIds.Count == 0)
            throw new BusinessRuleException("请先勾选要派出的工单。");
        if (caseIds.Count > MaxCases)
            throw new BusinessRuleException($"一次最多批量派出 {MaxCases} 件工单。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var cases = await db.Cases.AsNoTracking().Where(c => caseIds.Contains(c.CaseId)).OrderBy(c => c.CaseNumber).ToListAsync(cancellationToken);

        var groups = new List<(DispatchSuggestion Suggestion, List<BulkCase> Cases)>();
        var skipped = new List<BulkSkipped>();
        foreach (var c in cases)
        {
            if (c.State != DispatchState.Waiting)
            {
                skipped.Add(new BulkSkipped(c.CaseNumber, "已不在待派单队列。"));
                continue;
            }
            var top = (await suggestions.ForCaseAsync(c.CaseId, cancellationToken)).FirstOrDefault();
            if (top is null)
            {
                skipped.Add(new BulkSkipped(c.CaseNumber, "没有派单建议，请逐件派单。"));
                continue;
            }
            if (top.Lead.ReturnedThisCase || top.CoUnits.Any(u => u.ReturnedThisCase))
            {
                skipped.Add(new BulkSkipped(c.CaseNumber, "建议的单位曾退回此工单，请逐件派单。"));
                continue;
            }
            var item = new BulkCase(c.CaseId, c.CaseNumber, c.Summary, c.Version);
            var group = groups.FirstOrDefault(g => SameUnits(g.Suggestion, top));
            if (group.Cases is null)
                groups.Add((top, [item]));
            else
                group.Cases.Add(item);
        }
        return new BulkDispatchPlan(groups.Select(g => new BulkGroup(g.Suggestion, g.Cases)).ToList(), skipped);
    }

    /// <summary>Dispatches each case of the plan to its group's suggestion, reporting after each one.</summary>
    public async Task<IReadOnlyList<BulkResult>> RunAsync(BulkDispatchPlan plan, IProgress<BulkResult>? progress = null,
        CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Dispatchers);
        var results = new List<BulkResult>();
        foreach (var group in plan.Groups)
        {
            foreach (var c in group.Cases)
            {
                BulkResult result;
                try
                {
                    var outcome = await dispatching.DispatchAsync(new DispatchInput(c.CaseId, group.Suggestion.Lead.Id,
                        group.Suggestion.CoUnits.Select(u => u.Id).ToList(), null, c.Version), cancellationToken);
                    result = new BulkResult(c.CaseNumber, true, $"已派至{string.Join("、", outcome.UnitNames)}");
                }
                catch (BusinessRuleException ex)
                {
                    result = new BulkResult(c.CaseNumber, false, ex.Message);
                }
                results.Add(result);
                progress?.Report(result);
            }
        }
        return results;
    }

    private static bool SameUnits(DispatchSuggestion a, DispatchSuggestion b) =>
        a.Lead.Id == b.Lead.Id && a.CoUnits.Select(u => u.Id).Order().SequenceEqual(b.CoUnits.Select(u => u.Id).Order());
}
