using System.Collections.Concurrent;

namespace Hotline.Platform.Notifications;

/// <summary>
/// Publish/subscribe so open Blazor circuits refresh when something they show changes: in-process, and through a
/// <see cref="ILiveRelay"/> to the circuits on the other app nodes when several run behind one proxy.
/// </summary>
public sealed class LiveUpdates
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<object?, Task>>> _subscribers = new();
    private ILiveRelay? _relay;

    /// <summary>Called once by the host when it relays between nodes.</summary>
    public void AttachRelay(ILiveRelay relay) => _relay = relay;

    /// <summary>
    /// For work each node does for itself (its own search index): the other nodes' subscribers hear it, this node's
    /// do not, since this node did the work already. Nothing happens on a single node.
    /// </summary>
    public void PublishToOtherNodes(string topic, string message) => _relay?.Forward(topic, message);

    /// <summary>A publication another node relayed here: told to this node's subscribers only.</summary>
    public int Deliver(string topic, object? message) => Send(topic, message);

    public IDisposable Subscribe(string topic, Func<Task> onChange) => Add(topic, _ => onChange());

    /// <summary>For topics that carry a message (a screen-pop names its call); other messages on the topic are ignored.</summary>
    public IDisposable Subscribe<T>(string topic, Func<T, Task> onMessage) where T : class =>
        Add(topic, message => message is T typed ? onMessage(typed) : Task.CompletedTask);

    /// <returns>How many subscribers on this node were told (<see cref="PublishHeardAsync"/> also asks the other nodes).</returns>
    public int Publish(string topic)
    {
        _relay?.Forward(topic, null);
        return Send(topic, null);
    }

    /// <inheritdoc cref="Publish(string)"/>
    public int Publish<T>(string topic, T message) where T : class
    {
        _relay?.Forward(topic, message);
        return Send(topic, message);
    }

    /// <summary>
    /// For a publication somebody must hear (a screen-pop): how many listened on this node, or — when none did and the
    /// app runs on several nodes — 1 if another node answered within <paramref name="wait"/> that one of its pages did.
    /// 0 means nobody has a page open for the topic anywhere.
    /// </summary>
    public async Task<int> PublishHeardAsync<T>(string topic, T message, TimeSpan wait, CancellationToken cancellationToken = default) where T : class
    {
        var told = Send(topic, message);
        if (_relay is null)
            return told;
        if (told > 0)
        {
            _relay.Forward(topic, message);
            return told;
        }
        return await _relay.ForwardHeardAsync(topic, message, wait, cancellationToken) ? 1 : 0;
    }

    private IDisposable Add(string topic, Func<object?, Task> callback)
    {
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(topic, _ => new())[id] = callback;
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(topic, out var map))
                map.TryRemove(id, out _);
        });
    }

    private int Send(string topic, object? message)
    {
        if (!_subscribers.TryGetValue(topic, out var map))
            return 0;
        var told = 0;
        foreach (var callback in map.Values)
        {
            _ = SafeInvoke(callback, message);
            told++;
        }
        return told;
    }

    private static async Task SafeInvoke(Func<object?, Task> callback, object? message)
    {
        try { await callback(message); }
        catch (ObjectDisposedException) { /* the circuit went away */ }
    }

    private sealed class Subscription(Action dispose) : IDisposable
    {
        public void Dispose() => dispose();
    }
}

/// <summary>Carries publications to the other app nodes (the host's Redis relay) and back through <see cref="LiveUpdates.Deliver"/>.</summary>
public interface ILiveRelay
{
    void Forward(string topic, object? message);

    /// <summary>Forwards, then waits at most <paramref name="wait"/> for another node to answer that a page of its own heard it.</summary>
    Task<bool> ForwardHeardAsync(string topic, object message, TimeSpan wait, CancellationToken cancellationToken);
}

public static class LiveTopics
{
    public static string Inbox(string userId) => $"inbox:{userId}";

    /// <summary>Incoming calls for one agent; the app shell of each of their open pages listens.</summary>
    public static string ScreenPop(string userId) => $"screen-pop:{userId}";
}

/// <summary>
/// An incoming call shown to an agent: the shell shows <paramref name="Message"/> and opens <paramref name="Link"/>.
/// The link names the call, never the caller's number: addresses end up in logs and browser history.
/// </summary>
public sealed record ScreenPop(string Link, string Message);
