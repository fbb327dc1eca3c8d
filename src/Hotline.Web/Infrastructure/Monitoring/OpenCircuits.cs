namespace Hotline.Web.Infrastructure.Monitoring;

/// <summary>How many pages are open on this node (Blazor circuits): the users a restart of this node would interrupt.</summary>
internal sealed class OpenCircuits
{
    private int _count;

    public int Count => Volatile.Read(ref _count);

    public void Opened() => Interlocked.Increment(ref _count);

    public void Closed() => Interlocked.Decrement(ref _count);
}

internal sealed class CircuitCounting(OpenCircuits circuits) : CircuitHandler
{
    public override Task OnCircuitOpenedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.Opened();
        return Task.CompletedTask;
    }

    public override Task OnCircuitClosedAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        circuits.Closed();
        return Task.CompletedTask;
    }
}
