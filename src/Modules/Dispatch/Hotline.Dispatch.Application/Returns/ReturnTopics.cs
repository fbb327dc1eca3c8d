namespace Hotline.Dispatch.Returns;

/// <summary>LiveUpdates topics of the return screens, published after a commit.</summary>
internal static class ReturnTopics
{
    /// <summary>The review list, the dispute list and the home widget: a request was made, decided or disputed.</summary>
    public const string Returns = "dispatch:returns";
}
