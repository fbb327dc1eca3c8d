using Hotline.Platform.Admin.Audit;
using Hotline.Platform.Admin.Events;
using Hotline.Platform.Admin.Notifications;

namespace Hotline.Platform.Admin;

/// <summary>Oversight pages: the audit log, integration events and messages.</summary>
internal static class OperationsAdminServices
{
    public static IServiceCollection AddOperationsAdmin(this IServiceCollection services)
    {
        services.AddScoped<AuditLogAdmin>();
        services.AddScoped<AuditRowLabels>();
        services.AddPlatformAuditObjects();
        services.AddScoped<IntegrationEventAdmin>();
        services.AddScoped<NotificationAdmin>();
        return services;
    }
}
