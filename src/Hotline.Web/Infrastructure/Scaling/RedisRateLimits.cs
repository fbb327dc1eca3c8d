using Hotline.Platform.Security;
using StackExchange.Redis;

namespace Hotline.Web.Infrastructure.Scaling;

/// <summary>
/// The public pages' and the API's hit counters in Redis (<c>Hotline:Redis</c>), so that a caller behind the
/// load balancer meets one limit however many app nodes answer: a sorted set per key, scored by the hit's time. While
/// Redis cannot be reached each node counts on its own (a warning at most once a minute), as a single node would.
/// </summary>
internal sealed class RedisRateLimits(RedisConnection connection, ILogger<RedisRateLimits> logger) : ISharedRateLimits
{
    // Drops the hits out of the window, then counts; adds this hit (a unique member) only under the limit.
    private static readonly LuaScript Hit = LuaScript.Prepare("""
        redis.call('ZREMRANGEBYSCORE', @key, '-inf', '(' .. (tonumber(@now) - tonumber(@window)))
        if redis.call('ZCARD', @key) >= tonumber(@limit) then return 0 end
        redis.call('ZADD', @key, @now, @member)
        redis.call('PEXPIRE', @key, @window)
        return 1
        """);

    // A request waits at most this long for Redis, the first connection included, before its node counts alone.
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(1);
    private long _lastWarningTicks;

    public Task<bool?> TryHitAsync(string key, int limit, TimeSpan window, DateTimeOffset now) => AskAsync(async db =>
        (int)await db.ScriptEvaluateAsync(Hit, new
        {
            key = (RedisKey)$"hotline:limits:{key}",
            now = now.ToUnixTimeMilliseconds(),
            window = (long)window.TotalMilliseconds,
            limit,
            member = Guid.NewGuid().ToString("N"),
        }) == 1);

    public Task<bool?> IsLimitedAsync(string key, int limit, TimeSpan window, DateTimeOffset now) => AskAsync(async db =>
        await db.SortedSetLengthAsync($"hotline:limits:{key}", now.ToUnixTimeMilliseconds() - window.TotalMilliseconds, double.PositiveInfinity) >= limit);

    private async Task<bool?> AskAsync(Func<IDatabase, Task<bool>> ask)
    {
        try
        {
            var redis = await connection.ConnectAsync().WaitAsync(Timeout);
            // The shared connection queues commands while Redis is down; a hit would wait out the timeout every time.
            if (!redis.IsConnected)
                return Unreachable(null);
            return await ask(redis.GetDatabase()).WaitAsync(Timeout);
        }
        catch (Exception ex) when (ex is RedisException or TimeoutException)
        {
            return Unreachable(ex);
        }
    }

    private bool? Unreachable(Exception? ex)
    {
        var last = Interlocked.Read(ref _lastWarningTicks);
        if (Environment.TickCount64 - last > 60_000 && Interlocked.CompareExchange(ref _lastWarningTicks, Environment.TickCount64, last) == last)
            logger.LogWarning(ex, "Rate limits counted on this node only: Redis cannot be reached");
        return null;
    }
}
