using Hotline.Platform.Catalog;
using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Seeding;

/// <summary>Seeds the fictional demo county and one account per role. Idempotent: runs only into an empty county.</summary>
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

    internal static async Task SeedAsync(IServiceProvider sp, PlatformDbContext db, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        if (!await db.Areas.AnyAsync(cancellationToken))
            await SeedCountyAsync(db, cancellationToken);
        await SeedAccountsAsync(sp.GetRequiredService<UserManager<ApplicationUser>>(), db, clock, cancellationToken);
        logger.LogInformation("Demo county ready");
    }

    private static async Task SeedCountyAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var areaIds = new Dictionary<string, Guid>();
        var order = 0;
        foreach (var a in DemoCountyData.Areas)
        {
            var area = new Area { Code = a.Code, Name = a.Name, Level = a.Level, ParentId = a.ParentCode is null ? null : areaIds[a.ParentCode], SortOrder = order++ };
            areaIds[a.Code] = area.Id;
            db.Areas.Add(area);
        }

        var center = await db.Units.FirstAsync(u => u.Type == UnitType.Center, cancellationToken);
        var unitIds = new Dictionary<string, Guid> { [center.Code] = center.Id };
        foreach (var u in DemoCountyData.Units)
        {
            if (u.Type == UnitType.Center)
            {
                center.Name = u.Name;
                center.AreaId = u.AreaCode is null ? null : areaIds[u.AreaCode];
                center.Leader = u.Leader;
                center.ContactPhone = u.Phone;
                continue;
            }
            var unit = new MemberUnit
            {
                Code = u.Code, Name = u.Name, Type = u.Type,
                ParentId = u.ParentCode is null ? null : unitIds[u.ParentCode],
                AreaId = u.AreaCode is null ? null : areaIds[u.AreaCode],
                Leader = u.Leader, ContactPhone = u.Phone, SortOrder = order++,
            };
            unitIds[u.Code] = unit.Id;
            db.Units.Add(unit);
        }

        var categoryIds = new Dictionary<string, Guid>();
        foreach (var c in DemoCountyData.Categories)
        {
            var category = new MatterCategory
            {
                Code = c.Code, Name = c.Name,
                ParentId = c.ParentCode is null ? null : categoryIds[c.ParentCode],
                DefaultUnitId = c.DefaultUnitCode is null ? null : unitIds[c.DefaultUnitCode],
                StatutoryWorkingDays = c.StatutoryWorkingDays, Kind = c.Kind, SortOrder = order++,
            };
            categoryIds[c.Code] = category.Id;
            db.Categories.Add(category);
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    private static async Task SeedAccountsAsync(UserManager<ApplicationUser> users, PlatformDbContext db, TimeProvider clock, CancellationToken cancellationToken)
    {
        var units = await db.Units.ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        foreach (var (userName, displayName, role, unitCode) in Accounts)
        {
            if (await users.FindByNameAsync(userName) is not null)
                continue;
            var user = new ApplicationUser
            {
                UserName = userName,
                DisplayName = displayName,
                UnitId = units[unitCode],
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            AccountSeeding.ThrowIfFailed(await users.CreateAsync(user, DemoPassword), userName);
            AccountSeeding.ThrowIfFailed(await users.AddToRoleAsync(user, role), userName);
        }
    }
}
