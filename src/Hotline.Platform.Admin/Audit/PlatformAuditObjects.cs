using Hotline.Platform.Auditing;

namespace Hotline.Platform.Admin.Audit;

/// <summary>The platform's own audited objects: settings, events and messages (accounts are UserAccess's; units, areas, categories and the calendar Administration's).</summary>
internal static class PlatformAuditObjects
{
    public static IServiceCollection AddPlatformAuditObjects(this IServiceCollection services)
    {
        services.AddAuditObjectType("Setting", "系统设置");
        services.AddAuditObjectType("OutboxMessage", "集成事件", _ => "/admin/events");
        services.AddAuditObjectType("Notification", "消息", _ => "/admin/notifications");
        return services;
    }
}
