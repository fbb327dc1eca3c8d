using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Hotline.Supervision.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Supervision.Graded;

/// <summary>督办回复: a unit answers its own open supervisions with the measures taken and the result.</summary>
internal sealed class UnitResponses(IDbContextFactory<SupervisionDbContext> contexts, AccessGate gate, StaffName staff, SupervisionLive live,
    UserManager<ApplicationUser> users, TimeProvider clock)
{
    public const string NotYours = "该督办不属于您的单位。";

    public async Task RespondAsync(Guid id, Guid version, string response, CancellationToken ct = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitHandler, HotlineRoles.UnitManager);
        var name = await staff.CurrentAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        if (!await db.Supervisions.AnyAsync(x => x.Id == id && x.UnitId == unitId, ct))
            throw new UnauthorizedAccessException(NotYours);
        var s = await SupervisorDesk.LoadAsync(db, id, version, ct);
        s.Respond(response, name, clock.GetUtcNow().UtcDateTime);
        // The Supervisors read the answer from the bell, straight into the review.
        foreach (var supervisor in await users.GetUsersInRoleAsync(HotlineRoles.Supervisor))
            db.QueueNotification(NotificationChannel.InApp, supervisor.Id, $"督办回复待审核：{(s.CaseNumber.Length > 0 ? s.CaseNumber : "知识库维护")}",
                $"{name}{(s.RespondedLate ? "（逾期）" : "")}：{Hotline.Platform.Slots.CaseLookups.Shorten(s.Response!)}", clock, $"/supervision/{s.Id}");
        await db.SaveOrConflictAsync(NumberedSave.ConflictMessage, ct);
        live.Changed();
    }
}
