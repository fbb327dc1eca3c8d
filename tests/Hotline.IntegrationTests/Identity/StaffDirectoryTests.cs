using Hotline.Platform.Identity;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Identity;

/// <summary>What modules learn about people: only enabled accounts, by unit, by role and by extension.</summary>
public abstract class StaffDirectoryTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task A_unit_answers_its_enabled_accounts_only()
    {
        var off = await app.CreateUserAsync("staff.unit.off");
        await app.AsAdminAsync(a => a.SetDisabledAsync(off, true));

        var housing = await app.UnitIdAsync(DemoCountyData.HousingBureauCode);
        var staff = await DirectoryAsync(d => d.EnabledInUnitAsync(housing));

        var ids = staff.Select(s => s.UserId).ToHashSet();
        Assert.Contains((await app.UserAsync("zjj")).Id, ids);
        Assert.Contains((await app.UserAsync("zjj.mgr")).Id, ids);
        Assert.DoesNotContain(off, ids);
        Assert.DoesNotContain((await app.UserAsync("scjgj")).Id, ids);
    }

    [Fact]
    public async Task A_role_answers_its_enabled_accounts_only()
    {
        var off = await app.CreateUserAsync("staff.role.off", HotlineRoles.Supervisor, DemoCountyData.CenterCode);
        await app.AsAdminAsync(a => a.SetDisabledAsync(off, true));

        var supervisors = await DirectoryAsync(d => d.EnabledInRoleAsync(HotlineRoles.Supervisor));

        Assert.Contains((await app.UserAsync("supervisor")).Id, supervisors);
        Assert.DoesNotContain(off, supervisors);
        Assert.DoesNotContain((await app.UserAsync("agent")).Id, supervisors);
    }

    [Fact]
    public async Task An_extension_names_its_enabled_agent_and_an_agent_its_extension()
    {
        var agent = (await app.UserAsync("agent")).Id;
        Assert.Equal(agent, await DirectoryAsync(d => d.AtExtensionAsync("8001")));
        Assert.Equal("8001", await DirectoryAsync(d => d.ExtensionOfAsync(agent)));
        Assert.Null(await DirectoryAsync(d => d.AtExtensionAsync("8999")));

        var off = await app.CreateUserAsync("staff.ext.off", HotlineRoles.Agent, DemoCountyData.CenterCode);
        var user = await app.UserAsync("staff.ext.off");
        await app.AsAdminAsync(a => a.UpdateAsync(new UserEdit(off, user.DisplayName, user.UnitId, HotlineRoles.Agent, user.ConcurrencyStamp!, "8077")));
        Assert.Equal(off, await DirectoryAsync(d => d.AtExtensionAsync("8077")));
        await app.AsAdminAsync(a => a.SetDisabledAsync(off, true));
        Assert.Null(await DirectoryAsync(d => d.AtExtensionAsync("8077")));
    }

    [Fact]
    public async Task Accounts_are_named_by_id_found_by_either_name_and_named_on_the_record_with_role_and_unit()
    {
        var zjj = (await app.UserAsync("zjj")).Id;

        var accounts = await DirectoryAsync(d => d.AccountsAsync([zjj, "no-such-id"]));
        Assert.Equal("住建局承办人赵强（zjj）", Assert.Single(accounts).Value.ToString());
        Assert.Contains(zjj, await DirectoryAsync(d => d.MatchingAsync("承办人赵")));
        Assert.Contains(zjj, await DirectoryAsync(d => d.MatchingAsync("ZJJ")));
        Assert.Empty(await DirectoryAsync(d => d.MatchingAsync("赵_强")));

        var names = await DirectoryAsync(d => d.NamesAsync(["zjj", "系统", ""]));
        var onRecord = Assert.Single(names);
        Assert.Equal("zjj", onRecord.Key);
        Assert.Equal(new StaffOnRecord($"住建局承办人赵强（{HotlineRoles.DisplayName(HotlineRoles.UnitHandler)}）", "县住房和城乡建设局"), onRecord.Value);
    }

    private Task<T> DirectoryAsync<T>(Func<IStaffDirectory, Task<T>> ask) =>
        app.WithScopeAsync(sp => ask(sp.GetRequiredService<IStaffDirectory>()));
}

public sealed class SqliteStaffDirectoryTests(SqliteApp app) : StaffDirectoryTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbStaffDirectoryTests(MariaDbApp app) : StaffDirectoryTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
