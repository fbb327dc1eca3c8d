namespace Hotline.Supervision.Workbench;

/// <summary>
/// Who reads supervisions: every center role all of them (the workbench itself is the Supervisor's and the Assessor's),
/// a member unit only its own.
/// </summary>
internal sealed class SupervisionScope(AccessGate gate)
{
    public static readonly string[] WorkbenchReaders = [HotlineRoles.Supervisor, HotlineRoles.Assessor];
    public static readonly string[] UnitReaders = [HotlineRoles.UnitHandler, HotlineRoles.UnitManager];

    /// <returns>Null for a center reader (everything), else the unit whose supervisions the user may read.</returns>
    /// <exception cref="UnauthorizedAccessException">Neither a center reader nor a unit's user.</exception>
    public async Task<Guid?> UnitOrAllAsync()
    {
        if (await gate.IsCenterAsync())
            return null;
        var (_, unitId) = await gate.RequireUnitAsync(UnitReaders);
        return unitId;
    }

    public Task<bool> IsSupervisorAsync() => gate.IsInAnyRoleAsync(HotlineRoles.Supervisor);
}
