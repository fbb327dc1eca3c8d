using StackExchange.Redis;

namespace Hotline.Web.Infrastructure.Scaling;

/// <summary>
/// The node's one Redis connection (<c>Hotline:Redis</c>), shared by the live relay's pub/sub and the rate limits'
/// counters as StackExchange.Redis intends (one multiplexer per process). It opens on first use; a Redis that is down
/// or restarting does not stop the app (the client keeps reconnecting), and each caller bounds its own wait.
/// </summary>
internal sealed class RedisConnection : IAsyncDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly Lazy<Task<ConnectionMultiplexer>> _redis;

    public RedisConnection(string configuration)
    {
        _options = ConfigurationOptions.Parse(configuration);
        _options.AbortOnConnectFail = false;
        _options.ClientName = "hotline";
        _redis = new(() => ConnectionMultiplexer.ConnectAsync(_options));
    }

    public string Endpoints => string.Join(",", _options.EndPoints);

    public Task<ConnectionMultiplexer> ConnectAsync() => _redis.Value;

    public async ValueTask DisposeAsync()
    {
        if (_redis.IsValueCreated && _redis.Value.IsCompletedSuccessfully)
            await _redis.Value.Result.DisposeAsync();
    }
}
