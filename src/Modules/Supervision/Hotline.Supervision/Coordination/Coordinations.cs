using Hotline.Supervision.Graded;
using Hotline.Supervision.Workbench;

namespace Hotline.Supervision.Coordination;

internal sealed record CoordinationInput(CoordinationKind Kind, string Subject, string? CaseNumber, DateTime HeldAtUtc, string Participants,
    string Decisions, Guid? LeadUnitId);

internal sealed record CoordinationRow(Guid Id, CoordinationKind Kind, string Subject, string? CaseNumber, DateTime HeldAtUtc, string Participants,
    string Decisions, string? LeadUnitName, string RecordedByName);

/// <summary>约谈提醒 and 专题协调: the Supervisor records them, the center's readers list and print them.</summary>
internal sealed class Coordinations(IDbContextFactory<SupervisionDbContext> contexts, AccessGate gate, SupervisionScope scope, StaffName staff,
    IUnitDirectory units, TimeProvider clock)
{
    public async Task<Guid> RecordAsync(CoordinationInput input, CancellationToken ct = default)
    {
        await gate.RequireAsync(HotlineRoles.Supervisor);
        if (input.LeadUnitId is { } lead && await units.GetUnitAsync(lead, ct) is null)
            throw new Hotline.Platform.BusinessRuleException("牵头单位不存在。", "leadUnit");
        var record = CoordinationRecord.Write(input.Kind, input.Subject, input.CaseNumber, input.HeldAtUtc, input.Participants, input.Decisions,
            input.LeadUnitId, await staff.CurrentAsync(), clock.GetUtcNow().UtcDateTime);
        await using var db = await contexts.CreateDbContextAsync(ct);
        db.Coordinations.Add(record);
        await db.SaveChangesAsync(ct);
        return record.Id;
    }

    public async Task<(IReadOnlyList<CoordinationRow> Rows, int Total)> ListAsync(int skip, int take, CancellationToken ct = default)
    {
        await RequireCenterAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var total = await db.Coordinations.CountAsync(ct);
        var rows = await db.Coordinations.AsNoTracking().OrderByDescending(x => x.HeldAtUtc)
            .Skip(Math.Max(0, skip)).Take(Math.Clamp(take, 1, 100)).ToListAsync(ct);
        return (await RowsAsync(rows, ct), total);
    }

    public async Task<CoordinationRow?> GetAsync(Guid id, CancellationToken ct = default)
    {
        await RequireCenterAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var row = await db.Coordinations.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        return row is null ? null : (await RowsAsync([row], ct))[0];
    }

    private async Task RequireCenterAsync()
    {
        if (await scope.UnitOrAllAsync() is not null)
            throw new UnauthorizedAccessException("约谈与协调记录仅供中心查阅。");
    }

    private async Task<IReadOnlyList<CoordinationRow>> RowsAsync(IReadOnlyList<CoordinationRecord> rows, CancellationToken ct)
    {
        var names = (await units.GetUnitsAsync(rows.Where(x => x.LeadUnitId != null).Select(x => x.LeadUnitId!.Value).Distinct(), ct))
            .ToDictionary(u => u.Id, u => u.Name);
        return rows.Select(x => new CoordinationRow(x.Id, x.Kind, x.Subject, x.CaseNumber, x.HeldAtUtc, x.Participants, x.Decisions,
            x.LeadUnitId is { } id ? names.GetValueOrDefault(id) : null, x.RecordedByName)).ToList();
    }
}
