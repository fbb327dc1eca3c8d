namespace Hotline.Integration.Feed;

/// <summary>Wakes the delivery worker when a feed event was stored or an administrator retried a delivery.</summary>
internal sealed class FeedSignal
{
    private readonly SemaphoreSlim _signal = new(0, 1);

    public void Notify()
    {
        try { _signal.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) => _signal.WaitAsync(timeout, cancellationToken);
}
