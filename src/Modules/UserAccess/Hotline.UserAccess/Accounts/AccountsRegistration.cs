using Hotline.Platform.Navigation;
using MudBlazor;

namespace Hotline.UserAccess.Accounts;

/// <summary>用户管理: the administrator's list of accounts and its edits (roles, units, extensions, passwords, locks).</summary>
internal static class AccountsRegistration
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddNavEntries([
            new(PlatformNavigation.MasterDataGroup, "用户管理", "/admin/users", Icons.Material.Filled.People, [HotlineRoles.CenterAdmin], 10)]);
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAdmin>();
        services.AddAuditObjectType(AccountNames.ObjectType, "用户账号", _ => "/admin/users");
        services.AddScoped<IAuditObjectNames, AccountNames>();
        return services;
    }
}
