using Hotline.Intake.Public;
using Hotline.Intake.Contracts;
using Hotline.IntegrationTests.Intake;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;
using Hotline.Platform.Settings;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Operations;

/// <summary>
/// Several app nodes (#20) on one MariaDB and one Redis (HOTLINE_TEST_REDIS, started by scripts/test.sh): a publication
/// on one node reaches the open pages of the other, screen-pops included; a case registered through node A refreshes
/// the dispatch queue on node B; an administrator's change on A is read at once on B, not after the cache's age.
/// </summary>
public sealed class RedisRelayTests : IAsyncLifetime
{
    public const string RedisVariable = "HOTLINE_TEST_REDIS";

    private sealed class Node : HotlineAppFactory
    {
        public Node() : base(DatabaseProvider.MySql) { }

        public Node(Node first) : base(first) { }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Hotline:Redis", Environment.GetEnvironmentVariable(RedisVariable)
                ?? throw new InvalidOperationException($"{RedisVariable} is not set: run the tests through scripts/test.sh, which starts Redis."));
        }
    }

    private Node _nodeA = null!;
    private Node _nodeB = null!;

    public Task InitializeAsync()
    {
        _nodeA = new Node();
        _ = _nodeA.Services;
        _nodeB = new Node(_nodeA);
        _ = _nodeB.Services;
        return Task.CompletedTask;
    }

    [Fact]
    public async Task A_publication_on_one_node_reaches_the_other_nodes_subscribers_with_its_screen_pop()
    {
        var heard = new TaskCompletionSource<ScreenPop>(TaskCreationOptions.RunContinuationsAsynchronously);
        var topic = LiveTopics.ScreenPop("relay-agent-" + Guid.NewGuid().ToString("N"));
        using var _ = _nodeB.Service<LiveUpdates>().Subscribe<ScreenPop>(topic, pop =>
        {
            heard.TrySetResult(pop);
            return Task.CompletedTask;
        });

        var toldOnA = _nodeA.Service<LiveUpdates>().Publish(topic, new ScreenPop("/intake/register?call=c-1", "来电 139****0001"));

        Assert.Equal(0, toldOnA);
        var pop = await heard.Task.WaitAsync(TimeSpan.FromSeconds(10));
        Assert.Equal("/intake/register?call=c-1", pop.Link);
        Assert.Equal("来电 139****0001", pop.Message);
    }

    [Fact]
    public async Task A_call_at_node_A_pops_where_the_agent_has_a_page_open_and_says_so_when_no_node_has_one()
    {
        var agentId = await _nodeA.WithScopeAsync(async sp =>
            (await sp.GetRequiredService<UserManager<ApplicationUser>>().FindByNameAsync("agent"))!.Id);

        // The phone system is told nobody took the call: no node has a page of the agent open.
        Assert.Equal(ScreenPopOutcome.NoAgentAtExtension, await IncomingAtNodeAAsync());

        using var _ = _nodeB.Service<LiveUpdates>().Subscribe<ScreenPop>(LiveTopics.ScreenPop(agentId), _ => Task.CompletedTask);
        Assert.Equal(ScreenPopOutcome.Delivered, await IncomingAtNodeAAsync());
    }

    private Task<ScreenPopOutcome> IncomingAtNodeAAsync() =>
        _nodeA.WithScopeAsync(sp => sp.GetRequiredService<IPhoneCalls>().IncomingAsync($"T-{Guid.NewGuid()}", "13900003002", "8001"));

    [Fact]
    public async Task A_case_registered_through_node_A_refreshes_the_dispatch_queue_open_on_node_B()
    {
        var refreshed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        using var _ = _nodeB.Service<LiveUpdates>().Subscribe("dispatch:queue", () =>
        {
            refreshed.TrySetResult();
            return Task.CompletedTask;
        });

        await IntakeTestData.RegisterAsync(_nodeA, await IntakeTestData.ComplaintAsync(_nodeA, phone: "13900003001"));

        await refreshed.Task.WaitAsync(TimeSpan.FromSeconds(20));
    }

    [Fact]
    public async Task A_setting_changed_on_node_A_is_read_at_once_on_node_B()
    {
        const string key = "relay-test.greeting";
        Assert.Equal("旧", await ReadAsync(_nodeB, key));
        await _nodeA.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<SettingsStore>().SetAsync(key, "测试设置", "新", Actor.System);
            return 0;
        });

        // The cache's own age never passes here (the test's clock stands still): only the relay can drop it.
        for (var waited = 0; waited < 100 && await ReadAsync(_nodeB, key) != "新"; waited++)
            await Task.Delay(100);
        Assert.Equal("新", await ReadAsync(_nodeB, key));
    }

    private static Task<string> ReadAsync(Node node, string key) =>
        node.WithScopeAsync(sp => sp.GetRequiredService<SettingsStore>().GetAsync(key, "旧"));

    [Fact]
    public async Task A_callers_hits_count_on_every_node_so_the_limit_does_not_grow_with_the_nodes()
    {
        var address = "203.0.113." + Random.Shared.Next(1, 250) + "-" + Guid.NewGuid().ToString("N")[..8];
        var (onA, onB) = (_nodeA.Service<PublicLookupLimiter>(), _nodeB.Service<PublicLookupLimiter>());
        Assert.True(await onA.TryHitAsync(address, 3));
        Assert.True(await onB.TryHitAsync(address, 3));
        Assert.False(await onA.IsLimitedAsync(address, 3));
        Assert.True(await onA.TryHitAsync(address, 3));

        Assert.False(await onB.TryHitAsync(address, 3));
        Assert.True(await onA.IsLimitedAsync(address, 3));
        // Another policy's counters stay apart, and the window still slides.
        Assert.True(await _nodeB.Service<PublicSubmitLimiter>().TryHitAsync(address, 1));
        _nodeB.Clock.Advance(TimeSpan.FromMinutes(16));
        Assert.True(await onB.TryHitAsync(address, 3));
        _nodeA.Clock.Advance(TimeSpan.FromMinutes(16));
    }

    [Fact]
    public async Task Without_redis_each_node_counts_on_its_own_and_still_limits()
    {
        await using var connection = new Hotline.Web.Infrastructure.Scaling.RedisConnection("127.0.0.1:1,connectTimeout=200");
        var unreachable = new Hotline.Web.Infrastructure.Scaling.RedisRateLimits(connection,
            Microsoft.Extensions.Logging.Abstractions.NullLogger<Hotline.Web.Infrastructure.Scaling.RedisRateLimits>.Instance);
        Assert.Null(await unreachable.TryHitAsync("x", 1, TimeSpan.FromMinutes(1), DateTimeOffset.UtcNow));
        var limiter = new PublicLookupLimiter(_nodeA.Clock, unreachable);
        Assert.True(await limiter.TryHitAsync("198.51.100.9", 2));
        Assert.True(await limiter.TryHitAsync("198.51.100.9", 2));
        Assert.False(await limiter.TryHitAsync("198.51.100.9", 2));
        Assert.True(await limiter.IsLimitedAsync("198.51.100.9", 2));
    }

    public async Task DisposeAsync()
    {
        await _nodeB.DisposeAsync();
        await _nodeA.DisposeAsync();
    }
}
