using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;

namespace Hotline.Evaluation.Supervision;

/// <summary>A case waiting for a supervisor: the dissatisfied rating, the agent's follow-up and why it came up.</summary>
internal sealed record SupervisionRow(
    Guid CaseId,
    string CaseNumber,
    int Round,
    Rating? HandlingRating,
    bool? Resolved,
    string? LeadUnitName,
    string? CategoryName,
    CategoryKind? CategoryKind,
    DissatisfactionCause? Cause,
    string? Why,
    string? Instructions,
    DateTime? FollowUpAtUtc,
    string? FollowUpBy,
    Guid Version);

/// <summary>督办员决定: close a case or send it back for another redo, when the rules leave it to a person.</summary>
internal sealed class SupervisorDecisions(
    IDbContextFactory<EvaluationDbContext> contexts,
    AccessGate gate,
    ICategoryCatalog categories,
    IUnitDirectory units,
    LiveUpdates live,
    TimeProvider clock)
{
    public async Task<(IReadOnlyList<SupervisionRow> Rows, int Total)> ListAsync(int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(EvaluationRoles.Supervisors);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.Cases.AsNoTracking().Where(c => c.State == RevisitState.AwaitingSupervisor);
        var total = await query.CountAsync(cancellationToken);
        var cases = await query.OrderBy(c => c.RatedAtUtc).ThenBy(c => c.CaseNumber)
            .Skip(page * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var ids = cases.Select(c => c.CaseId).ToList();
        var followUps = (await db.FollowUps.AsNoTracking().Where(f => ids.Contains(f.CaseId)).ToListAsync(cancellationToken))
            .ToLookup(f => f.CaseId);
        var categoryInfo = (await categories.GetCategoriesAsync(cases.Where(c => c.CategoryId != null).Select(c => c.CategoryId!.Value).Distinct(), cancellationToken))
            .ToDictionary(c => c.Id);
        var unitNames = (await units.GetUnitsAsync(cases.Where(c => c.LeadUnitId != null).Select(c => c.LeadUnitId!.Value).Distinct(), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        var rows = cases.Select(c =>
        {
            var f = followUps[c.CaseId].FirstOrDefault(x => x.Round == c.Round);
            var category = c.CategoryId is { } id ? categoryInfo.GetValueOrDefault(id) : null;
            return new SupervisionRow(c.CaseId, c.CaseNumber, c.Round, c.HandlingRating, c.Resolved,
                c.LeadUnitId is { } u ? unitNames.GetValueOrDefault(u) : null, category?.PathName, category?.Kind,
                f?.Cause, f?.Why, f?.Instructions, f?.AtUtc, f?.By, c.Version);
        }).ToList();
        return (rows, total);
    }

    public async Task<RevisitState> DecideAsync(Guid caseId, Guid version, bool redo, string? note, CancellationToken cancellationToken = default)
    {
        var actor = await gate.RequireAsync(EvaluationRoles.Supervisors);
        DissatisfactionFollowUp.ValidSupervisorNote(redo, note);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var c = await RevisitWorkbench.LoadAsync(db, caseId, version, cancellationToken);
        c.RequireAwaitingSupervisor();
        var followUp = await db.FollowUps.FirstOrDefaultAsync(f => f.CaseId == caseId && f.Round == c.Round, cancellationToken)
            ?? throw new BusinessRuleException("该工单缺少不满意回访记录，无法决定。");
        var text = followUp.DecideBySupervisor(redo, note, clock.GetUtcNow().UtcDateTime, actor.UserName);
        if (redo)
            db.RequestRedo(c, $"督办员决定重办：{text}", actor, clock);
        else
            db.Close(c, ClosingOutcome.SupervisorDecided, actor, clock, text);
        await db.SaveOrConflictAsync(RevisitWorkbench.Conflict, cancellationToken);
        live.Publish(EvaluationSteps.LiveTopic);
        return c.State;
    }
}
