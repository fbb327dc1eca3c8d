using Hotline.Platform.Catalog;

namespace Hotline.Supervision.Workbench;

/// <summary>Reads for the workbench, the unit's list, the case panel and the detail page; every read is scoped first.</summary>
internal sealed class SupervisionQueries(IDbContextFactory<SupervisionDbContext> contexts, SupervisionScope scope, IUnitDirectory units,
    IAreaDirectory areas, ICategoryCatalog categories, TimeProvider clock)
{
    public async Task<WorkbenchCounts> CountsAsync(CancellationToken ct = default)
    {
        var unitId = await scope.UnitOrAllAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var deadlines = db.Deadlines.Where(x => unitId == null || x.UnitId == unitId);
        var open = db.Supervisions.Where(x => (unitId == null || x.UnitId == unitId) && x.Status == SupervisionStatus.Open);
        var byLevel = await open.GroupBy(x => x.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(ct);
        int Level(SupervisionLevel l) => byLevel.FirstOrDefault(x => x.Key == l)?.Count ?? 0;
        return new WorkbenchCounts(
            await deadlines.CountAsync(x => x.State == DeadlineState.Warned, ct),
            await deadlines.CountAsync(x => x.State == DeadlineState.Overdue, ct),
            Level(SupervisionLevel.Reminder), Level(SupervisionLevel.Notice), Level(SupervisionLevel.Leader),
            await db.Supervisions.CountAsync(x => (unitId == null || x.UnitId == unitId) && x.Status == SupervisionStatus.Responded, ct),
            await open.CountAsync(x => x.ResponseDueUtc < now, ct));
    }

    public async Task<SupervisionPage> ListAsync(SupervisionFilter filter, int skip, int take, CancellationToken ct = default)
    {
        var unitId = await scope.UnitOrAllAsync() ?? filter.UnitId;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var q = db.Supervisions.AsNoTracking().AsQueryable();
        if (unitId is { } u)
            q = q.Where(x => x.UnitId == u);
        if (filter.Level is { } level)
            q = q.Where(x => x.Level == level);
        if (filter.Status is { } status)
            q = q.Where(x => x.Status == status);
        else if (filter.OpenOnly)
            q = q.Where(x => x.Status == SupervisionStatus.Open || x.Status == SupervisionStatus.Responded);
        if (!string.IsNullOrWhiteSpace(filter.CaseNumber))
            q = q.Where(x => x.CaseNumber.Contains(filter.CaseNumber.Trim()));
        // Area and category are the case's when it was supervised (each with everything under it).
        if (filter.AreaId is { } area)
        {
            var ids = await areas.DescendantIdsAsync(area, includeSelf: true, ct);
            q = q.Where(x => x.AreaId != null && ids.Contains(x.AreaId.Value));
        }
        if (filter.CategoryId is { } category)
        {
            var ids = await categories.DescendantIdsAsync(category, includeSelf: true, ct);
            q = q.Where(x => x.CategoryId != null && ids.Contains(x.CategoryId.Value));
        }
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(x => x.Level).ThenBy(x => x.ResponseDueUtc)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
        return new SupervisionPage(await RowsAsync(rows, ct), total);
    }

    public async Task<IReadOnlyList<SupervisionRow>> ForCaseAsync(Guid caseId, CancellationToken ct = default)
    {
        var unitId = await scope.UnitOrAllAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var rows = await db.Supervisions.AsNoTracking()
            .Where(x => x.CaseId == caseId && (unitId == null || x.UnitId == unitId))
            .OrderBy(x => x.IssuedAtUtc).ToListAsync(ct);
        return await RowsAsync(rows, ct);
    }

    /// <returns>Null when there is no such supervision or it is another unit's.</returns>
    public async Task<SupervisionDetail?> GetAsync(Guid id, CancellationToken ct = default)
    {
        var unitId = await scope.UnitOrAllAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var s = await db.Supervisions.AsNoTracking().Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null || (unitId is { } u && s.UnitId != u))
            return null;
        var row = (await RowsAsync([s], ct))[0];
        var steps = s.Steps.OrderBy(x => x.AtUtc).Select(x => new SupervisionStepView(x.AtUtc, x.ActorName, x.Action, x.Text)).ToList();
        return new SupervisionDetail(row, s.Requirement, s.LeaderInstruction, s.IssuedByName, s.Response, s.RespondedByName, s.RespondedAtUtc,
            s.ReviewComment, s.Version, steps,
            CanDecide: unitId is null && await scope.IsSupervisorAsync(),
            CanRespond: unitId is not null && s.Status == SupervisionStatus.Open,
            await db.ResponseAttachments.AsNoTracking().Where(x => x.SupervisionId == id).OrderBy(x => x.UploadedAtUtc)
                .Select(x => new ResponseAttachmentView(x.Id, x.FileName, x.Size, x.UploadedAtUtc, x.UploadedBy)).ToListAsync(ct));
    }

    /// <summary>Near and past deadlines, past first, for the Supervisor to remind in bulk.</summary>
    public async Task<(IReadOnlyList<LateDeadlineRow> Rows, int Total)> LateDeadlinesAsync(bool overdueOnly, Guid? unitFilter, int skip, int take,
        CancellationToken ct = default)
    {
        var unitId = await scope.UnitOrAllAsync() ?? unitFilter;
        await using var db = await contexts.CreateDbContextAsync(ct);
        var q = db.Deadlines.AsNoTracking()
            .Where(x => x.State == DeadlineState.Overdue || (!overdueOnly && x.State == DeadlineState.Warned));
        if (unitId is { } u)
            q = q.Where(x => x.UnitId == u);
        var total = await q.CountAsync(ct);
        var rows = await q.OrderByDescending(x => x.State).ThenBy(x => x.DueUtc)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
        var caseIds = rows.Select(x => x.CaseId).Distinct().ToList();
        var supervised = (await db.Supervisions.AsNoTracking()
                .Where(x => x.CaseId != null && caseIds.Contains(x.CaseId.Value)
                    && (x.Status == SupervisionStatus.Open || x.Status == SupervisionStatus.Responded))
                .Select(x => new { x.CaseId, x.UnitId }).ToListAsync(ct))
            .Select(x => (x.CaseId!.Value, x.UnitId)).ToHashSet();
        var names = await NamesAsync(rows.Select(x => x.UnitId), ct);
        return (rows.Select(x => new LateDeadlineRow(x.Id, x.CaseId, x.CaseNumber, x.UnitId, names.GetValueOrDefault(x.UnitId, ""),
            x.Kind, x.DueUtc, x.State == DeadlineState.Overdue, supervised.Contains((x.CaseId, x.UnitId)))).ToList(), total);
    }

    private async Task<IReadOnlyList<SupervisionRow>> RowsAsync(IReadOnlyList<CaseSupervision> rows, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var names = await NamesAsync(rows.Select(x => x.UnitId), ct);
        return rows.Select(x => new SupervisionRow(x.Id, x.CaseId, x.CaseNumber, x.UnitId, names.GetValueOrDefault(x.UnitId, ""), x.Level,
            x.Status, x.Trigger, x.Problem, x.ResponseDueUtc, x.NoticeNumber, x.IssuedAtUtc, x.IsLate(now), x.RespondedLate)).ToList();
    }

    private async Task<Dictionary<Guid, string>> NamesAsync(IEnumerable<Guid> ids, CancellationToken ct) =>
        (await units.GetUnitsAsync(ids.Distinct(), ct)).ToDictionary(u => u.Id, u => u.Name);
}
