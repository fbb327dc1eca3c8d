using Hotline.Platform.Identity;
using Hotline.Platform.Auditing;

namespace Hotline.Platform.Admin.Audit;

/// <summary>The platform's own audited objects: accounts, settings, events and messages (units, areas, categories and the calendar are Administration's).</summary>
internal static class PlatformAuditObjects
{
    public static IServiceCollection AddPlatformAuditObjects(this IServiceCollection services)
    {
        services.AddAuditObjectType("User", "用户账号", _ => "/admin/users");
        services.AddAuditObjectType("Setting", "系统设置");
        services.AddAuditObjectType("OutboxMessage", "集成事件", _ => "/admin/events");
        services.AddAuditObjectType("Notification", "消息", _ => "/admin/notifications");
        services.AddScoped<IAuditObjectNames, UserNames>();
        return services;
    }

    private sealed class UserNames(IStaffDirectory staff) : IAuditObjectNames
    {
        public string Type => "User";

        public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            return (await staff.AccountsAsync(ids, cancellationToken)).ToDictionary(a => a.Key, a => a.Value.ToString());
        }
    }
}
