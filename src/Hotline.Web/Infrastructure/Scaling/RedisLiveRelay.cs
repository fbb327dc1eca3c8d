using System.Collections.Concurrent;
using System.Text.Json;
using Hotline.Platform.Notifications;
using StackExchange.Redis;

namespace Hotline.Web.Infrastructure.Scaling;

/// <summary>
/// Live updates across app nodes (<c>Hotline:Redis</c>): every publication is also sent on one Redis pub/sub channel
/// and each other node tells its own open pages — a case registered through node A refreshes a dispatcher's queue
/// open on node B, an administrator's change drops the caches and syncs the search indexes of every node.
/// Without the setting the app is one node and everything stays in-process.
/// </summary>
internal sealed class RedisLiveRelay(LiveUpdates live, RedisConnection connection, ILogger<RedisLiveRelay> logger) : ILiveRelay, IHostedService
{
    public static readonly RedisChannel Channel = RedisChannel.Literal("hotline:live");

    /// <summary>Where a node answers a publication that asked to be heard (<see cref="Envelope.Ask"/>), when a page of its own heard it.</summary>
    public static readonly RedisChannel Heard = RedisChannel.Literal("hotline:live:heard");

    // Which node sent a publication, so that a node does not tell its pages twice.
    private readonly string _node = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid():N}";
    private ConnectionMultiplexer? _redis;
    private readonly ConcurrentDictionary<string, TaskCompletionSource> _asking = new();

    /// <summary>What a publication may carry to another node: nothing, an id, or a screen-pop; and whether it asks to be heard.</summary>
    private sealed record Envelope(string Node, string Topic, string? Kind, string? Body, string? Ask = null);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Redis restarting must not stop the app: pages still refresh on their own node.
        _redis = await connection.ConnectAsync();
        await _redis.GetSubscriber().SubscribeAsync(Channel, (_, value) => Receive(value));
        await _redis.GetSubscriber().SubscribeAsync(Heard, (_, value) =>
        {
            if (_asking.TryGetValue(value.ToString(), out var asking))
                asking.TrySetResult();
        });
        live.AttachRelay(this);
        logger.LogInformation("Live updates relayed between app nodes through Redis ({Endpoints})", connection.Endpoints);
    }

    public void Forward(string topic, object? message)
    {
        if (_redis is not null && Wrap(topic, message, ask: null) is { } envelope)
            _redis.GetSubscriber().Publish(Channel, envelope, CommandFlags.FireAndForget);
    }

    public async Task<bool> ForwardHeardAsync(string topic, object message, TimeSpan wait, CancellationToken cancellationToken)
    {
        var ask = Guid.NewGuid().ToString("N");
        if (_redis is null || Wrap(topic, message, ask) is not { } envelope)
            return false;
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _asking[ask] = heard;
        // One deadline for sending and answering: with Redis down the caller (the phone system) must not wait for the
        // client's own timeout, nor see an error: nobody heard.
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(wait);
        try
        {
            await _redis.GetSubscriber().PublishAsync(Channel, envelope).WaitAsync(deadline.Token);
            await heard.Task.WaitAsync(deadline.Token);
            return true;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return false;
        }
        catch (RedisException ex)
        {
            logger.LogWarning(ex, "Could not ask the other app nodes through Redis whether a page heard {Topic}", topic);
            return false;
        }
        finally
        {
            _asking.TryRemove(ask, out _);
        }
    }

    private string? Wrap(string topic, object? message, string? ask)
    {
        var (kind, body) = message switch
        {
            null => (null, null),
            string text => ("string", text),
            ScreenPop pop => (nameof(ScreenPop), JsonSerializer.Serialize(pop)),
            _ => ("unsupported", null),
        };
        if (kind != "unsupported")
            return JsonSerializer.Serialize(new Envelope(_node, topic, kind, body, ask));
        logger.LogWarning("A live update on {Topic} carries a {Type}, which is not relayed to the other nodes", topic, message!.GetType().Name);
        return null;
    }

    private void Receive(RedisValue value)
    {
        try
        {
            var envelope = JsonSerializer.Deserialize<Envelope>(value.ToString());
            if (envelope is null || envelope.Node == _node)
                return;
            object? message = envelope.Kind switch
            {
                "string" => envelope.Body ?? "",
                nameof(ScreenPop) => JsonSerializer.Deserialize<ScreenPop>(envelope.Body ?? "null"),
                _ => null,
            };
            if (live.Deliver(envelope.Topic, message) > 0 && envelope.Ask is { } ask)
                _redis?.GetSubscriber().Publish(Heard, ask, CommandFlags.FireAndForget);
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException)
        {
            logger.LogWarning(ex, "Ignored a malformed live update from Redis");
        }
        catch (RedisException ex)
        {
            logger.LogWarning(ex, "Could not answer a live update from Redis");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
