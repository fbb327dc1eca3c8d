namespace Hotline.Archive.Shared;

/// <summary>Who does what in the archive: the clerk works it; the center administrator may also backfill and verify.</summary>
internal static class ArchiveAccess
{
    public static readonly string[] Clerks = [HotlineRoles.ArchiveClerk];

    public static readonly string[] Backfillers = [HotlineRoles.ArchiveClerk, HotlineRoles.CenterAdmin];

    public static readonly string[] Verifiers = [HotlineRoles.ArchiveClerk, HotlineRoles.CenterAdmin];

    /// <summary>Who sees records due for appraisal and the disposal register: the clerk proposes, the administrator approves.</summary>
    public static readonly string[] Disposers = [HotlineRoles.ArchiveClerk, HotlineRoles.CenterAdmin];

    public static readonly string[] DisposalApprovers = [HotlineRoles.CenterAdmin];

    /// <summary>调阅: who may ask to read a record (a unit manager only records its own unit, or a sub-unit, led).</summary>
    public static readonly string[] Borrowers = [HotlineRoles.Supervisor, HotlineRoles.Assessor, HotlineRoles.CenterAdmin, HotlineRoles.UnitManager];
}
