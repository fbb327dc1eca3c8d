using Hotline.Platform.Notifications;

namespace Hotline.Supervision.Graded;

/// <summary>Tells open workbenches and unit lists that supervisions changed, so their counters and lists reload.</summary>
internal sealed class SupervisionLive(LiveUpdates live)
{
    public const string Topic = "supervision";

    public void Changed() => live.Publish(Topic);

    public IDisposable Subscribe(Func<Task> onChange) => live.Subscribe(Topic, onChange);
}
