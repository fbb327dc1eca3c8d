namespace Hotline.Dispatch.Shared;

/// <summary>LiveUpdates topics Dispatch publishes after a commit, so open queues, widgets and panels refresh.</summary>
internal static class DispatchTopics
{
    /// <summary>The queue, the designation list and the home widget: a case entered or left them.</summary>
    public const string Queue = "dispatch:queue";

    /// <summary>One case's assignments changed.</summary>
    public static string Case(Guid caseId) => $"dispatch:case:{caseId}";
}
