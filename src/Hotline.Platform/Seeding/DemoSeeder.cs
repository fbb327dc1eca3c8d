using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Seeding;

/// <summary>The demo mode's accounts: one per role in the fictional county (whose units the Administration module seeds first). Idempotent.</summary>
public static class DemoSeeder
{
    public const string DemoPassword = "Demo@12345";

    /// <summary>Outside demo mode the published password signs nobody in, whatever account still carries it.</summary>
    public static bool IsRefusedPassword(string? password, bool demoMode) => !demoMode && password == DemoPassword;

    /// <summary>Demo accounts: user name, display name, role, unit code.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string UnitCode)> Accounts =
    [
        ("admin", "系统管理员", HotlineRoles.CenterAdmin, DemoCountyData.CenterCode),
        ("agent", "话务员小陈", HotlineRoles.Agent, DemoCountyData.CenterCode),
        ("dispatcher", "派单员老周", HotlineRoles.Dispatcher, DemoCountyData.CenterCode),
        ("supervisor", "督办员刘洋", HotlineRoles.Supervisor, DemoCountyData.CenterCode),
        ("kbeditor", "知识库审核员孙丽", HotlineRoles.KnowledgeEditor, DemoCountyData.CenterCode),
        ("archivist", "档案员郑敏", HotlineRoles.ArchiveClerk, DemoCountyData.CenterCode),
        ("assessor", "考核员吴刚", HotlineRoles.Assessor, DemoCountyData.CenterCode),
        ("zjj", "住建局承办人赵强", HotlineRoles.UnitHandler, DemoCountyData.HousingBureauCode),
        ("zjj.mgr", "住建局联络员钱芳", HotlineRoles.UnitManager, DemoCountyData.HousingBureauCode),
        ("scjgj", "市场监管局承办人孙磊", HotlineRoles.UnitHandler, DemoCountyData.MarketBureauCode),
        ("scjgj.mgr", "市场监管局联络员周静", HotlineRoles.UnitManager, DemoCountyData.MarketBureauCode),
    ];

    /// <summary>坐席分机号 of the call-takers, so the 来电模拟 page pops a call on their screen out of the box.</summary>
    internal static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>
    {
        ["agent"] = "8001",
        ["supervisor"] = "8002",
    };

    /// <summary>The demo accounts; the demo county's units are in place already (the Administration module seeds them first).</summary>
    internal static async Task SeedAsync(IServiceProvider sp, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        await SeedAccountsAsync(sp.GetRequiredService<UserManager<ApplicationUser>>(), sp.GetRequiredService<IUnitDirectory>(), clock, cancellationToken);
        logger.LogInformation("Demo county ready");
    }

    private static async Task SeedAccountsAsync(UserManager<ApplicationUser> users, IUnitDirectory units, TimeProvider clock, CancellationToken cancellationToken)
    {
        foreach (var (userName, displayName, role, unitCode) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
                continue;
            var unit = await units.FindByCodeAsync(unitCode, cancellationToken)
                ?? throw new InvalidOperationException($"Demo unit {unitCode} is missing: the demo county was not seeded.");
            var user = new ApplicationUser
            {
                UserName = userName,
                DisplayName = displayName,
                UnitId = unit.Id,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
                PhoneExtension = Extensions.GetValueOrDefault(userName),
            };
            AccountSeeding.ThrowIfFailed(await users.CreateAsync(user, DemoPassword), userName);
            AccountSeeding.ThrowIfFailed(await users.AddToRoleAsync(user, role), userName);
        }
    }
}
