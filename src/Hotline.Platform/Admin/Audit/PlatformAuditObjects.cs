using Hotline.Platform.Auditing;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Platform.Admin.Audit;

/// <summary>The platform's own audited objects: accounts, master data, settings, events and messages.</summary>
internal static class PlatformAuditObjects
{
    public static IServiceCollection AddPlatformAuditObjects(this IServiceCollection services)
    {
        services.AddAuditObjectType("User", "用户账号", _ => "/admin/users");
        services.AddAuditObjectType("MemberUnit", "成员单位", _ => "/admin/units");
        services.AddAuditObjectType("Area", "属地区域", _ => "/admin/areas");
        services.AddAuditObjectType("MatterCategory", "事项分类", _ => "/admin/categories");
        services.AddAuditObjectType("RequestType", "诉求类型", _ => "/admin/request-types");
        services.AddAuditObjectType("CalendarYear", "工作日历年度", _ => "/admin/calendar");
        services.AddAuditObjectType("CalendarDay", "工作日历日期", _ => "/admin/calendar");
        services.AddAuditObjectType("Setting", "系统设置");
        services.AddAuditObjectType("OutboxMessage", "集成事件", _ => "/admin/events");
        services.AddAuditObjectType("Notification", "消息", _ => "/admin/notifications");
        services.AddScoped<IAuditObjectNames, UserNames>();
        services.AddScoped<IAuditObjectNames>(sp => new TreeNames("MemberUnit", sp.GetRequiredService<IDbContextFactory<PlatformDbContext>>(),
            (db, ids) => db.Units.Where(u => ids.Contains(u.Id)).Select(u => new KeyValuePair<Guid, string>(u.Id, u.Name))));
        services.AddScoped<IAuditObjectNames>(sp => new TreeNames("Area", sp.GetRequiredService<IDbContextFactory<PlatformDbContext>>(),
            (db, ids) => db.Areas.Where(a => ids.Contains(a.Id)).Select(a => new KeyValuePair<Guid, string>(a.Id, a.Name))));
        services.AddScoped<IAuditObjectNames>(sp => new TreeNames("MatterCategory", sp.GetRequiredService<IDbContextFactory<PlatformDbContext>>(),
            (db, ids) => db.Categories.Where(c => ids.Contains(c.Id)).Select(c => new KeyValuePair<Guid, string>(c.Id, c.Name))));
        return services;
    }

    private sealed class UserNames(IDbContextFactory<PlatformDbContext> contexts) : IAuditObjectNames
    {
        public string Type => "User";

        public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
                .ToDictionaryAsync(u => u.Id, u => $"{u.DisplayName}（{u.UserName}）", cancellationToken);
        }
    }

    /// <summary>Units, areas and categories are logged by their GUID.</summary>
    private sealed class TreeNames(string type, IDbContextFactory<PlatformDbContext> contexts,
        Func<PlatformDbContext, List<Guid>, IQueryable<KeyValuePair<Guid, string>>> query) : IAuditObjectNames
    {
        public string Type => type;

        public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
        {
            var guids = ids.Select(i => Guid.TryParse(i, out var g) ? g : Guid.Empty).Where(g => g != Guid.Empty).ToList();
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            return (await query(db, guids).ToListAsync(cancellationToken)).ToDictionary(p => p.Key.ToString(), p => p.Value);
        }
    }
}
