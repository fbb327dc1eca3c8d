using Hotline.Platform.Identity;

namespace Hotline.Supervision.Workbench;

/// <summary>Who reads supervisions: the center's Supervisor and Assessor all of them, a member unit only its own.</summary>
internal sealed class SupervisionScope(AccessGate gate)
{
    public static readonly string[] CenterReaders = [HotlineRoles.Supervisor, HotlineRoles.Assessor];
    public static readonly string[] UnitReaders = [HotlineRoles.UnitHandler, HotlineRoles.UnitManager];

    /// <returns>Null for a center reader (everything), else the unit whose supervisions the user may read.</returns>
    /// <exception cref="UnauthorizedAccessException">Neither a center reader nor a unit's user.</exception>
    public async Task<Guid?> UnitOrAllAsync()
    {
        if (await gate.IsInAnyRoleAsync(CenterReaders))
            return null;
        var (_, unitId) = await gate.RequireUnitAsync(UnitReaders);
        return unitId;
    }

    public Task<bool> IsSupervisorAsync() => gate.IsInAnyRoleAsync(HotlineRoles.Supervisor);
}
