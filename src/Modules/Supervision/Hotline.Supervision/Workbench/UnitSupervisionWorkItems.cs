using Hotline.Platform.Slots;

namespace Hotline.Supervision.Workbench;

/// <summary>督办待回复 on a unit's home page: the unit's open supervisions, the nearest response deadline first.</summary>
internal sealed class UnitSupervisionWorkItems(IDbContextFactory<SupervisionDbContext> contexts, SupervisionScope scope, TimeProvider clock)
    : IWorkItemSource
{
    public const string Kind = "督办待回复";

    public async Task<WorkItemBatch> TakeAsync(int max, CancellationToken cancellationToken = default)
    {
        if (await scope.UnitOrAllAsync() is not { } unitId)
            return WorkItemBatch.Empty;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.Supervisions.AsNoTracking().Where(x => x.UnitId == unitId && x.Status == SupervisionStatus.Open);
        var total = await open.CountAsync(cancellationToken);
        if (total == 0)
            return WorkItemBatch.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await open.OrderBy(x => x.ResponseDueUtc).Take(max).ToListAsync(cancellationToken);
        var items = rows.Select(x => new WorkItem(Kind, x.CaseNumber.Length > 0 ? x.CaseNumber : "知识库", $"{SupervisionText.Level(x.Level)}：{x.Problem}",
            x.ResponseDueUtc, x.ResponseDueUtc < now, $"/supervision/{x.Id}", "回复", Urgent: x.Level > SupervisionLevel.Reminder)).ToList();
        return new WorkItemBatch(items, [new WorkItemCount(Kind, total, "/unit/supervisions")]);
    }
}
