using Hotline.Platform.Identity;
using Hotline.Platform.Navigation;
using Hotline.Platform.Seeding;

namespace Hotline.IntegrationTests.Authorization;

/// <summary>What the authorization tests walk: every admin page in the navigation and every demo account but the admin.</summary>
public static class AdminRoutes
{
    /// <summary>Taken from the menu (the platform's and every module's), so a page added to it is covered without editing the tests.</summary>
    public static IReadOnlyList<string> All { get; } =
        MenuEntries.Registered()
            .Where(e => e.Roles.SequenceEqual([HotlineRoles.CenterAdmin]))
            .Select(e => e.Href).Where(h => h.StartsWith("/admin/", StringComparison.Ordinal)).Distinct().ToList();

    public static TheoryData<string> NonAdminAccounts
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var account in DemoAccounts.All.Where(a => a.Role != HotlineRoles.CenterAdmin))
                data.Add(account.UserName);
            return data;
        }
    }
}
