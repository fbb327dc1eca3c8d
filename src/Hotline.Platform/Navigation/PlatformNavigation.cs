using Hotline.Platform.Identity;
using Hotline.Platform.Modules;
using MudBlazor;

namespace Hotline.Platform.Navigation;

/// <summary>Menu entries for the platform's own pages.</summary>
public static class PlatformNavigation
{
    /// <summary>Master data every module reads: accounts, units, areas, categories, request types, the calendar.</summary>
    public const string MasterDataGroup = "基础数据";

    /// <summary>Each module's rules and limits (受理设置, 派单规则…).</summary>
    public const string SettingsGroup = "业务设置";

    /// <summary>Oversight of the system itself: the audit log, integration events, messages sent.</summary>
    public const string AdminGroup = "系统管理";

    private static readonly string[] Admin = [HotlineRoles.CenterAdmin];

    /// <summary>The menu entries (the modules' and the platform's, as registered) that the user's roles may use, in menu order.</summary>
    public static IEnumerable<NavEntry> VisibleTo(System.Security.Claims.ClaimsPrincipal user, IEnumerable<NavEntry> entries) =>
        entries.Where(e => e.Roles.Any(user.IsInRole)).OrderBy(e => e.Order);

    internal static readonly IReadOnlyList<NavEntry> Entries =
    [
        new(AdminGroup, "运行状态", "/admin/operations", Icons.Material.Filled.MonitorHeart, Admin, 98),
        new(AdminGroup, "审计日志", "/admin/audit", Icons.Material.Filled.ManageSearch, Admin, 99),
        new(AdminGroup, "集成事件", "/admin/events", Icons.Material.Filled.SyncAlt, Admin, 99),
        new(AdminGroup, "消息记录", "/admin/notifications", Icons.Material.Filled.Sms, Admin, 99),
        new(AdminGroup, "短信网关与模板", "/admin/sms", Icons.Material.Filled.SettingsCell, Admin, 99),
    ];
}
