using Hotline.Platform.Auditing;
using Hotline.Platform.Messaging;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Messaging;

/// <summary>A test-only integration event; its handler's observable effect is one audit entry naming the marker.</summary>
public sealed record ProbeEvent(string Marker) : IntegrationEvent;

/// <summary>Makes the probe handler throw while <see cref="Failing"/> is set, to exercise retries.</summary>
public sealed class ProbeSwitch
{
    public volatile bool Failing;

    /// <summary>The one marker the handler fails on, whatever <see cref="Failing"/> says.</summary>
    public volatile string? FailingMarker;

    /// <summary>The markers in the order the handler was handed them.</summary>
    public System.Collections.Concurrent.ConcurrentQueue<string> Order { get; } = new();

    /// <summary>How many times this application's handler was handed each marker (applied or not).</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> Deliveries { get; } = new();
}

public sealed class ProbeHandler(PlatformDbContext context, TimeProvider clock, ProbeSwitch probe)
    : InboxEventHandler<ProbeEvent, PlatformDbContext>(context, clock)
{
    public const string EffectAction = "探针事件已处理";
    public const string FailureMessage = "探针处理程序按测试要求失败";

    protected override Task ApplyAsync(ProbeEvent integrationEvent, CancellationToken cancellationToken)
    {
        probe.Deliveries.AddOrUpdate(integrationEvent.Marker, 1, (_, n) => n + 1);
        probe.Order.Enqueue(integrationEvent.Marker);
        if (probe.Failing || probe.FailingMarker == integrationEvent.Marker)
            throw new InvalidOperationException(FailureMessage);
        Context.Audit(Actor.System, Clock, EffectAction, "Probe", integrationEvent.Marker);
        return Task.CompletedTask;
    }
}

public static class Probe
{
    public static IServiceCollection AddProbe(this IServiceCollection services) => services
        .AddSingleton<ProbeSwitch>()
        .AddIntegrationEventHandler<ProbeEvent, ProbeHandler>();

    /// <summary>How many times the handler's effect for this marker has been committed.</summary>
    public static Task<int> EffectCountAsync(IServiceProvider root, string marker) => WithDbAsync(root, db =>
        db.AuditLog.CountAsync(a => a.Action == ProbeHandler.EffectAction && a.ObjectId == marker));

    public static Task<OutboxMessage> MessageAsync(IServiceProvider root, Guid eventId) => WithDbAsync(root, db =>
        db.Outbox.AsNoTracking().SingleAsync(m => m.Id == eventId));

    /// <summary>Publishes the event and a state change it belongs to in one commit, as a module would.</summary>
    public static Task<ProbeEvent> PublishAsync(IServiceProvider root, string marker) => WithDbAsync(root, async db =>
    {
        var clock = root.GetRequiredService<TimeProvider>();
        var probe = new ProbeEvent(marker);
        db.Audit(Actor.System, clock, "探针事件已发布", "Probe", marker);
        db.Publish(probe, clock);
        await db.SaveChangesAsync();
        return probe;
    });

    public static async Task<T> WithDbAsync<T>(IServiceProvider root, Func<PlatformDbContext, Task<T>> work)
    {
        await using var scope = root.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }
}
