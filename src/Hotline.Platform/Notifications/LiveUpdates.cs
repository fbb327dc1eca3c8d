using System.Collections.Concurrent;

namespace Hotline.Platform.Notifications;

/// <summary>In-process publish/subscribe so open Blazor circuits refresh when something they show changes.</summary>
public sealed class LiveUpdates
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<object?, Task>>> _subscribers = new();

    public IDisposable Subscribe(string topic, Func<Task> onChange) => Add(topic, _ => onChange());

    /// <summary>For topics that carry a message (a screen-pop names its call); other messages on the topic are ignored.</summary>
    public IDisposable Subscribe<T>(string topic, Func<T, Task> onMessage) where T : class =>
        Add(topic, message => message is T typed ? onMessage(typed) : Task.CompletedTask);

    /// <returns>How many subscribers were told, so a sender that needs a listener (a screen-pop) knows nobody heard it.</returns>
    public int Publish(string topic) => Send(topic, null);

    /// <inheritdoc cref="Publish(string)"/>
    public int Publish<T>(string topic, T message) where T : class => Send(topic, message);

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
