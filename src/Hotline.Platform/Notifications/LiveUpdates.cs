using System.Collections.Concurrent;

namespace Hotline.Platform.Notifications;

/// <summary>In-process publish/subscribe so open Blazor circuits refresh when something they show changes.</summary>
public sealed class LiveUpdates
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<Guid, Func<Task>>> _subscribers = new();

    public IDisposable Subscribe(string topic, Func<Task> onChange)
    {
        var id = Guid.NewGuid();
        _subscribers.GetOrAdd(topic, _ => new())[id] = onChange;
        return new Subscription(() =>
        {
            if (_subscribers.TryGetValue(topic, out var map))
                map.TryRemove(id, out _);
        });
    }

    public void Publish(string topic)
    {
        if (!_subscribers.TryGetValue(topic, out var map))
            return;
        foreach (var callback in map.Values)
            _ = SafeInvoke(callback);
    }

    private static async Task SafeInvoke(Func<Task> callback)
    {
        try { await callback(); }
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
}
