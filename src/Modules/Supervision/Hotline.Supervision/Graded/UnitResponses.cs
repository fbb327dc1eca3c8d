using Hotline.Platform.Identity;
using Hotline.Platform.Persistence;
using Hotline.Supervision.Domain;
using Hotline.Platform;
using Hotline.Supervision.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Supervision.Graded;

/// <summary>督办回复: a unit answers its own open supervisions with the measures taken and the result.</summary>
internal sealed class UnitResponses(SupervisionDbContext db, AccessGate gate, StaffName staff, SupervisionLive live, TimeProvider clock)
{
    public const string NotYours = "该督办不属于您的单位。";

    public async Task RespondAsync(Guid id, Guid version, string response, CancellationToken ct = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitHandler, HotlineRoles.UnitManager);
        var name = await staff.CurrentAsync();
        var s = await db.Supervisions.Include(x => x.Steps).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null || s.UnitId != unitId)
            throw new UnauthorizedAccessException(NotYours);
        if (s.Version != version)
            throw new BusinessRuleException(NumberedSave.ConflictMessage);
        db.Entry(s).Property(x => x.Version).OriginalValue = version;
        s.Respond(response, name, clock.GetUtcNow().UtcDateTime);
        await db.SaveOrConflictAsync(NumberedSave.ConflictMessage, ct);
        live.Changed();
    }
}
