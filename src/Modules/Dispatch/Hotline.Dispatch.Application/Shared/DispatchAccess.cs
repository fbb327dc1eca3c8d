namespace Hotline.Dispatch.Shared;

/// <summary>
/// Who may do what in Dispatch. Services pass these sets to <see cref="AccessGate"/> so a service
/// refuses the wrong caller whatever page (or URL) it was reached from.
/// </summary>
internal static class DispatchAccess
{
    /// <summary>Center roles that read the queue, dispatch, reassign and review returns.</summary>
    public static readonly string[] Dispatchers = [HotlineRoles.Dispatcher, HotlineRoles.Supervisor];

    /// <summary>Center roles that designate the handler of a case returned too often and decide return disputes.</summary>
    public static readonly string[] Supervisors = [HotlineRoles.Supervisor];

    /// <summary>Member-unit roles: they see and act on their own unit's (and sub-units') assignments only.</summary>
    public static readonly string[] UnitRoles = [HotlineRoles.UnitHandler, HotlineRoles.UnitManager];
}
