using Hotline.Dispatch.Settings;

namespace Hotline.Dispatch.Returns;

/// <summary>
/// Loads the 退单与下派 panel of a case for the signed-in user. A member unit sees only the
/// assignments of its own unit and its sub-units (never another unit's requests); the center sees
/// every request of the case.
/// </summary>
internal sealed class ReturnPanelQuery(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    IUnitDirectory units,
    ReturnQueries queries,
    DispatchSettingsService settings,
    TimeProvider clock)
{
    public async Task<ReturnPanelView> LoadAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        if (await gate.IsCenterAsync())
            return await CenterAsync(caseId, cancellationToken);
        if (await gate.IsInAnyRoleAsync(DispatchAccess.UnitRoles) && await gate.UnitIdAsync() is { } unitId)
            return await UnitAsync(caseId, unitId, await gate.IsInAnyRoleAsync(HotlineRoles.UnitManager), cancellationToken);
        return ReturnPanelView.Nothing;
    }

    private async Task<ReturnPanelView> CenterAsync(Guid caseId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ReturnQueries.Joined(db).Where(x => x.Request.CaseId == caseId)
            .OrderBy(x => x.Request.AppliedAtUtc).AsNoTracking().ToListAsync(cancellationToken);
        return new ReturnPanelView(
            IsCenter: true,
            CanReview: await gate.IsInAnyRoleAsync(DispatchAccess.Dispatchers),
            CanDecideDisputes: await gate.IsInAnyRoleAsync(DispatchAccess.Supervisors),
            IsUnitManager: false,
            CaseRequests: await queries.ToRowsAsync(rows, cancellationToken),
            UnitAssignments: []);
    }

    private async Task<ReturnPanelView> UnitAsync(Guid caseId, Guid unitId, bool isManager, CancellationToken cancellationToken)
    {
        var scope = (await units.DescendantIdsAsync(unitId, includeSelf: true, cancellationToken)).ToHashSet();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var all = await db.Assignments.AsNoTracking().Where(a => a.CaseId == caseId).ToListAsync(cancellationToken);
        var mine = all.Where(a => scope.Contains(a.UnitId)).OrderBy(a => a.DispatchedAtUtc).ToList();
        if (mine.Count == 0)
            return ReturnPanelView.Nothing;

        var mineIds = mine.Select(a => a.Id).ToList();
        var requests = await ReturnQueries.Joined(db).Where(x => mineIds.Contains(x.Request.AssignmentId))
            .OrderBy(x => x.Request.AppliedAtUtc).AsNoTracking().ToListAsync(cancellationToken);
        var rows = await queries.ToRowsAsync(requests, cancellationToken);
        var unitIds = all.Select(a => a.UnitId).Distinct().ToList();
        var names = (await units.GetUnitsAsync(unitIds, cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var windowDays = (await settings.GetAsync(cancellationToken)).ReturnWindowWorkingDays;
        var now = clock.GetUtcNow().UtcDateTime;

        var views = mine.Select(a =>
        {
            var own = a.UnitId == unitId;
            var parent = a.ParentAssignmentId is { } pid ? all.FirstOrDefault(p => p.Id == pid) : null;
            var activeSub = all.FirstOrDefault(s => s.ParentAssignmentId == a.Id && s.IsActive);
            var myRequests = requests.Where(x => x.Request.AssignmentId == a.Id).ToList();
            return new UnitAssignmentView(
                a.Id, a.Version, a.UnitId, names.GetValueOrDefault(a.UnitId, "（未知单位）"), own, a.Role,
                parent is null ? null : names.GetValueOrDefault(parent.UnitId),
                a.Status, a.EndNote, a.DispatchedAtUtc, a.DispatchedBy, a.Note, a.SignForDueUtc, a.CompletionDueUtc, a.CompletionDueNote, a.ReturnWindowEndsUtc,
                // Only the assigned unit itself applies; a parent sees its sub-unit's part read-only.
                own ? ReturnRules.WhyNoApplication(a, myRequests.Select(x => x.Request), now, windowDays) : "仅承办单位本身可申请退单。",
                rows.Where(r => r.AssignmentId == a.Id)
                    .Select(r => new UnitReturnView(r, own ? ReturnRules.WhyNoDispute(myRequests.First(x => x.Request.Id == r.RequestId).Request, a) : "仅承办单位本身可提出争议。"))
                    .ToList(),
                activeSub is null ? null : new SubAssignmentView(activeSub.Id, activeSub.Version, names.GetValueOrDefault(activeSub.UnitId, "（未知单位）"),
                    activeSub.DispatchedAtUtc, activeSub.DispatchedBy, activeSub.Note),
                CanSubDispatch: own && isManager && a.IsActive && activeSub is null);
        }).ToList();
        return new ReturnPanelView(false, false, false, isManager, [], views);
    }
}
