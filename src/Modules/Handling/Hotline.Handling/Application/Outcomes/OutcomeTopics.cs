namespace Hotline.Handling.Application.Outcomes;

/// <summary>Live-update topics of Handling's outcomes, published after commit so open pages refresh.</summary>
internal static class OutcomeTopics
{
    /// <summary>The center's list of extension requests.</summary>
    public const string Extensions = "handling:extensions";

    /// <summary>Everything a unit's workbench shows about one assignment or its inbox counts.</summary>
    public static string Unit(Guid unitId) => $"handling:unit:{unitId}";

    public static string Assignment(Guid assignmentId) => $"handling:assignment:{assignmentId}";
}
