using Hotline.Platform.Notifications;

namespace Hotline.Assessment.Analysis;

/// <summary>Tells open dashboards that a case moved, so they reload their figures without a page reload.</summary>
internal sealed class AnalysisLive(LiveUpdates live)
{
    public const string Topic = "analysis";

    public void Changed() => live.Publish(Topic);

    public IDisposable Subscribe(Func<Task> onChange) => live.Subscribe(Topic, onChange);
}
