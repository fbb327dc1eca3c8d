using Hotline.Platform.Admin.Audit;
using Hotline.Platform.Admin.Events;
using Hotline.Platform.Admin.Notifications;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Platform.Admin;

internal static partial class AdminServices
{
    static partial void AddOperationsAdmin(IServiceCollection services)
    {
        services.AddScoped<AuditLogAdmin>();
        services.AddScoped<AuditRowLabels>();
        services.AddPlatformAuditObjects();
        services.AddScoped<IntegrationEventAdmin>();
        services.AddScoped<NotificationAdmin>();
        services.AddScoped<Sms.SmsAdmin>();
    }
}
