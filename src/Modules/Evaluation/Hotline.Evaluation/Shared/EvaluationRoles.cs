namespace Hotline.Evaluation.Shared;

/// <summary>Who does what in Evaluation: agents revisit, supervisors decide, the center and the assessors read the figures.</summary>
internal static class EvaluationRoles
{
    public static readonly string[] Revisitors = [HotlineRoles.Agent, HotlineRoles.Supervisor];
    public static readonly string[] Supervisors = [HotlineRoles.Supervisor];
    public static readonly string[] FigureReaders = [HotlineRoles.Supervisor, HotlineRoles.Assessor, HotlineRoles.CenterAdmin, HotlineRoles.Dispatcher];
}
