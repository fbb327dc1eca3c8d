namespace Hotline.Assessment.Analysis;

/// <summary>Who sees the center's analysis (issue #16): the dashboard, topics, warnings and the seasonal calendar.</summary>
internal static class AnalysisAccess
{
    public static readonly string[] Readers = [HotlineRoles.Supervisor, HotlineRoles.CenterAdmin];

    /// <summary>Recomputing every fact is an administrator's repair, not a daily step.</summary>
    public static readonly string[] Rebuilders = [HotlineRoles.CenterAdmin];

    public static readonly string[] UnitReaders = [HotlineRoles.UnitHandler, HotlineRoles.UnitManager];
}
