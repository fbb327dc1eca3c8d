using Hotline.Platform.Identity;

namespace Hotline.Archive.Shared;

/// <summary>Who does what in the archive: the clerk works it; the center administrator may also backfill and verify.</summary>
internal static class ArchiveAccess
{
    public static readonly string[] Clerks = [HotlineRoles.ArchiveClerk];

    public static readonly string[] Backfillers = [HotlineRoles.ArchiveClerk, HotlineRoles.CenterAdmin];

    public static readonly string[] Verifiers = [HotlineRoles.ArchiveClerk, HotlineRoles.CenterAdmin];
}
