namespace Hotline.Platform.Messaging;

/// <summary>Wakes a background worker as soon as a transaction queued work for it, instead of waiting for the next poll.</summary>
public abstract class WorkSignal
{
    private readonly SemaphoreSlim _semaphore = new(0, 1);

    public void Notify()
    {
        try { _semaphore.Release(); }
        catch (SemaphoreFullException) { /* already signalled */ }
    }

    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancellationToken) =>
        _semaphore.WaitAsync(timeout, cancellationToken);
}

public sealed class OutboxSignal : WorkSignal;
