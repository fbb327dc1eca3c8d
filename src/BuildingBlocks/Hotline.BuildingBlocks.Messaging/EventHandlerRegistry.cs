using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Platform.Messaging;

/// <summary>Maps stored event type names to CLR types and the handler types subscribed to each.</summary>
public sealed class EventHandlerRegistry
{
    private readonly Dictionary<string, Type> _eventTypes = new();
    private readonly Dictionary<Type, List<Type>> _handlers = new();

    internal void Add(Type eventType, Type handlerType)
    {
        _eventTypes[EventTypeName.Of(eventType)] = eventType;
        if (!_handlers.TryGetValue(eventType, out var list))
            _handlers[eventType] = list = [];
        if (!list.Contains(handlerType))
            list.Add(handlerType);
    }

    public Type? ResolveEventType(string name) => _eventTypes.GetValueOrDefault(name);

    public IReadOnlyList<Type> HandlersFor(Type eventType) =>
        _handlers.TryGetValue(eventType, out var list) ? list : [];
}

public static class EventHandlerRegistration
{
    public static IServiceCollection AddIntegrationEventHandler<TEvent, THandler>(this IServiceCollection services)
        where TEvent : IntegrationEvent
        where THandler : class, IIntegrationEventHandler<TEvent>
    {
        services.AddScoped<THandler>();
        var registry = services.FirstOrDefault(d => d.ServiceType == typeof(EventHandlerRegistry))?.ImplementationInstance
            as EventHandlerRegistry;
        if (registry is null)
        {
            registry = new EventHandlerRegistry();
            services.AddSingleton(registry);
        }
        registry.Add(typeof(TEvent), typeof(THandler));
        return services;
    }
}
