using Hotline.Administration.Persistence;
using Hotline.Platform;
using Hotline.Platform.Identity;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Identity;

/// <summary>User administration through its service: every change saves, checks its rules and leaves an audit entry.</summary>
public abstract class UserAdminTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task Creating_a_user_stores_role_and_unit_and_audits_without_the_password()
    {
        var id = await app.CreateUserAsync("create.ok", HotlineRoles.UnitManager);

        var user = await app.UserAsync("create.ok");
        Assert.Equal(id, user.Id);
        Assert.Equal("测试用户create.ok", user.DisplayName);
        Assert.Equal(await app.UnitIdAsync(DemoCountyData.HousingBureauCode), user.UnitId);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime, user.CreatedAtUtc);
        Assert.Equal([HotlineRoles.UnitManager], await app.WithUsersAsync(async u => await u.GetRolesAsync((await u.FindByIdAsync(id))!)));
        Assert.True(await app.PasswordWorksAsync("create.ok", IdentityTestData.StrongPassword));

        var audit = Assert.Single(await app.AuditOfAsync(id));
        Assert.Equal("创建用户", audit.Action);
        Assert.Equal("admin", audit.UserName);
        Assert.Contains("单位负责人", audit.Detail);
        Assert.Contains("县住房和城乡建设局", audit.Detail);
        Assert.DoesNotContain(IdentityTestData.StrongPassword, audit.Detail);
    }

    [Theory]
    [InlineData("abcdefgh", "三类")]
    [InlineData("Ab1!", "8 个字符")]
    [InlineData("Weak.pass.1Create.Weak", "不能包含用户名")]
    public async Task A_password_against_the_policy_is_refused_in_Chinese_and_nothing_is_saved(string password, string message)
    {
        var auditBefore = await app.AuditCountAsync();
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => app.CreateUserAsync("create.weak", password: password));
        Assert.Contains(message, error.Message);
        Assert.Null(await app.WithUsersAsync(u => u.FindByNameAsync("create.weak")));
        Assert.Equal(auditBefore, await app.AuditCountAsync());
    }

    [Fact]
    public async Task A_taken_user_name_is_refused()
    {
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => app.CreateUserAsync("zjj"));
        Assert.Equal("用户名“zjj”已被使用。", error.Message);
    }

    [Theory]
    [InlineData(HotlineRoles.UnitHandler, DemoCountyData.CenterCode, RoleUnitRule.UnitRoleOutsideCenter)]
    [InlineData(HotlineRoles.UnitManager, DemoCountyData.CenterCode, RoleUnitRule.UnitRoleOutsideCenter)]
    [InlineData(HotlineRoles.Agent, DemoCountyData.HousingBureauCode, RoleUnitRule.CenterRoleInCenter)]
    [InlineData(HotlineRoles.CenterAdmin, DemoCountyData.MarketBureauCode, RoleUnitRule.CenterRoleInCenter)]
    public async Task Role_and_unit_must_match_on_create(string role, string unitCode, string message)
    {
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => app.CreateUserAsync("create.mismatch", role, unitCode));
        Assert.Equal(message, error.Message);
        Assert.Null(await app.WithUsersAsync(u => u.FindByNameAsync("create.mismatch")));
    }

    [Fact]
    public async Task Role_and_unit_must_match_on_edit()
    {
        var id = await app.CreateUserAsync("edit.mismatch");
        var user = await app.UserAsync("edit.mismatch");
        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a =>
            a.UpdateAsync(new UserEdit(id, user.DisplayName, user.UnitId, HotlineRoles.Dispatcher, user.ConcurrencyStamp!, null))));
        Assert.Equal(RoleUnitRule.CenterRoleInCenter, error.Message);
    }

    [Fact]
    public async Task An_inactive_unit_cannot_receive_users()
    {
        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AdministrationDbContext>();
            var unit = await db.Units.SingleAsync(u => u.Code == DemoCountyData.MarketBureauCode);
            unit.IsActive = false;
            await db.SaveChangesAsync();
        });
        try
        {
            var error = await Assert.ThrowsAsync<BusinessRuleException>(() => app.CreateUserAsync("create.inactive", unitCode: DemoCountyData.MarketBureauCode));
            Assert.Contains("已停用", error.Message);
            var options = await app.AsUserAsync("admin", sp => sp.GetRequiredService<UserDirectory>().SearchUnitsAsync("市场监督"));
            Assert.DoesNotContain(options, o => o.Name == "县市场监督管理局");
        }
        finally
        {
            await app.WithScopeAsync(async sp =>
            {
                var db = sp.GetRequiredService<AdministrationDbContext>();
                (await db.Units.SingleAsync(u => u.Code == DemoCountyData.MarketBureauCode)).IsActive = true;
                await db.SaveChangesAsync();
            });
        }
    }

    [Fact]
    public async Task Editing_changes_name_unit_and_role_renews_the_stamp_and_audits_the_changes()
    {
        var id = await app.CreateUserAsync("edit.ok");
        var before = await app.UserAsync("edit.ok");
        var market = await app.UnitIdAsync(DemoCountyData.MarketBureauCode);

        await app.AsAdminAsync(a => a.UpdateAsync(new UserEdit(id, "  王五  ", market, HotlineRoles.UnitManager, before.ConcurrencyStamp!, null)));

        var after = await app.UserAsync("edit.ok");
        Assert.Equal("王五", after.DisplayName);
        Assert.Equal(market, after.UnitId);
        Assert.Equal([HotlineRoles.UnitManager], await app.WithUsersAsync(async u => await u.GetRolesAsync((await u.FindByIdAsync(id))!)));
        // Role and unit are in the sign-in cookie; a new stamp makes the user's open sessions sign in again.
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        var audit = (await app.AuditOfAsync(id)).Last();
        Assert.Equal("修改用户", audit.Action);
        Assert.Contains("姓名：测试用户edit.ok → 王五", audit.Detail);
        Assert.Contains("单位：县住房和城乡建设局 → 县市场监督管理局", audit.Detail);
        Assert.Contains("角色：承办人 → 单位负责人", audit.Detail);
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_copy_is_refused()
    {
        var id = await app.CreateUserAsync("edit.stale");
        var loaded = await app.UserAsync("edit.stale");
        await app.AsAdminAsync(a => a.UpdateAsync(new UserEdit(id, "第一次修改", loaded.UnitId, HotlineRoles.UnitHandler, loaded.ConcurrencyStamp!, null)));

        var error = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a =>
            a.UpdateAsync(new UserEdit(id, "第二次修改", loaded.UnitId, HotlineRoles.UnitHandler, loaded.ConcurrencyStamp!, null))));
        Assert.Equal("该账号已被他人修改，请刷新后重试。", error.Message);
        Assert.Equal("第一次修改", (await app.UserAsync("edit.stale")).DisplayName);
    }

    [Fact]
    public async Task The_admin_cannot_demote_disable_or_reset_themself()
    {
        var admin = await app.UserAsync("admin");
        var demote = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a =>
            a.UpdateAsync(new UserEdit(admin.Id, admin.DisplayName, admin.UnitId, HotlineRoles.Agent, admin.ConcurrencyStamp!, null))));
        Assert.Contains("不能取消自己的中心管理员角色", demote.Message);
        var disable = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a => a.SetDisabledAsync(admin.Id, true)));
        Assert.Equal("不能停用自己的账号。", disable.Message);
        var reset = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a => a.ResetPasswordAsync(admin.Id, null)));
        Assert.Contains("修改密码", reset.Message);

        var after = await app.UserAsync("admin");
        Assert.False(after.IsDisabled);
        Assert.True(await app.WithUsersAsync(async u => await u.IsInRoleAsync((await u.FindByNameAsync("admin"))!, HotlineRoles.CenterAdmin)));
    }

    [Fact]
    public async Task Disabling_blocks_sign_in_ends_sessions_and_enabling_restores_it()
    {
        var id = await app.CreateUserAsync("disable.me");
        var before = await app.UserAsync("disable.me");

        await app.AsAdminAsync(a => a.SetDisabledAsync(id, true));
        var disabled = await app.UserAsync("disable.me");
        Assert.True(disabled.IsDisabled);
        Assert.NotEqual(before.SecurityStamp, disabled.SecurityStamp);
        Assert.Equal(UserStatus.Disabled, (await app.ListAsync(new UserQuery { Search = "disable.me" })).Items.Single().Status);
        var again = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a => a.SetDisabledAsync(id, true)));
        Assert.Equal("该账号已是停用状态。", again.Message);

        await app.AsAdminAsync(a => a.SetDisabledAsync(id, false));
        Assert.False((await app.UserAsync("disable.me")).IsDisabled);
        Assert.Equal(["创建用户", "停用用户", "启用用户"], (await app.AuditOfAsync(id)).Select(a => a.Action));
    }

    [Fact]
    public async Task Resetting_a_password_to_a_generated_one_works_once_shown_and_clears_the_lockout()
    {
        var id = await app.CreateUserAsync("reset.gen");
        await LockOutAsync("reset.gen");
        var before = await app.UserAsync("reset.gen");

        var result = await app.AsAdminAsync(a => a.ResetPasswordAsync(id, null));

        Assert.NotNull(result.GeneratedPassword);
        Assert.True(await app.PasswordWorksAsync("reset.gen", result.GeneratedPassword));
        Assert.False(await app.PasswordWorksAsync("reset.gen", IdentityTestData.StrongPassword));
        var after = await app.UserAsync("reset.gen");
        Assert.Null(after.LockoutEnd);
        Assert.Equal(0, after.AccessFailedCount);
        Assert.NotEqual(before.SecurityStamp, after.SecurityStamp);
        var audit = (await app.AuditOfAsync(id)).Last();
        Assert.Equal("重置密码", audit.Action);
        Assert.Contains("系统生成随机密码", audit.Detail);
        Assert.DoesNotContain(result.GeneratedPassword, audit.Detail);
    }

    [Fact]
    public async Task Resetting_to_a_typed_password_checks_the_policy()
    {
        var id = await app.CreateUserAsync("reset.typed");
        var weak = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a => a.ResetPasswordAsync(id, "onlylowercase")));
        Assert.Contains("至少三类", weak.Message);
        Assert.True(await app.PasswordWorksAsync("reset.typed", IdentityTestData.StrongPassword));

        var result = await app.AsAdminAsync(a => a.ResetPasswordAsync(id, "New#Pass2026"));
        Assert.Null(result.GeneratedPassword);
        Assert.True(await app.PasswordWorksAsync("reset.typed", "New#Pass2026"));
        var audit = (await app.AuditOfAsync(id)).Last();
        Assert.Contains("管理员设置新密码", audit.Detail);
        Assert.DoesNotContain("New#Pass2026", audit.Detail);
    }

    [Fact]
    public async Task Unlocking_clears_a_lockout_and_is_audited()
    {
        var id = await app.CreateUserAsync("unlock.me");
        var notLocked = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a => a.UnlockAsync(id)));
        Assert.Equal("该账号当前未被锁定。", notLocked.Message);

        await LockOutAsync("unlock.me");
        var row = (await app.ListAsync(new UserQuery { Search = "unlock.me" })).Items.Single();
        Assert.Equal(UserStatus.LockedOut, row.Status);
        Assert.Equal(app.Clock.GetUtcNow().UtcDateTime.AddMinutes(30), row.LockedUntilUtc);

        await app.AsAdminAsync(a => a.UnlockAsync(id));
        Assert.False(await app.WithUsersAsync(async u => await u.IsLockedOutAsync((await u.FindByIdAsync(id))!)));
        Assert.Equal(UserStatus.Active, (await app.ListAsync(new UserQuery { Search = "unlock.me" })).Items.Single().Status);
        Assert.Equal("解锁账号", (await app.AuditOfAsync(id)).Last().Action);
    }

    [Fact]
    public async Task Resetting_two_factor_turns_it_off_and_voids_key_and_recovery_codes()
    {
        var id = await app.CreateUserAsync("reset.2fa");
        var notOn = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(a => a.ResetTwoFactorAsync(id)));
        Assert.Equal("该账号未启用两步验证。", notOn.Message);
        var oldKey = await app.EnableTwoFactorAsync("reset.2fa");
        Assert.Equal("已启用", (await app.ListAsync(new UserQuery { Search = "reset.2fa" })).Items.Single().TwoFactorText);

        await app.AsAdminAsync(a => a.ResetTwoFactorAsync(id));

        await app.WithUsersAsync(async users =>
        {
            var user = (await users.FindByIdAsync(id))!;
            Assert.False(user.TwoFactorEnabled);
            Assert.NotEqual(oldKey, await users.GetAuthenticatorKeyAsync(user));
            Assert.Equal(0, await users.CountRecoveryCodesAsync(user));
            return 0;
        });
        Assert.Equal("重置两步验证", (await app.AuditOfAsync(id)).Last().Action);
        var self = await Assert.ThrowsAsync<BusinessRuleException>(async () =>
            await app.AsAdminAsync(async a => await a.ResetTwoFactorAsync((await app.UserAsync("admin")).Id)));
        Assert.Contains("自己的验证器", self.Message);
    }

    [Fact]
    public async Task The_list_filters_sorts_and_pages_on_the_server()
    {
        var handlers = await app.ListAsync(new UserQuery { Role = HotlineRoles.UnitHandler, UnitId = await app.UnitIdAsync(DemoCountyData.MarketBureauCode) });
        Assert.Equal(["scjgj"], handlers.Items.Select(r => r.UserName));
        Assert.Equal("承办人", handlers.Items[0].RoleName);
        Assert.Equal("县市场监督管理局", handlers.Items[0].UnitName);

        // User names match whatever the case; display names match by content.
        Assert.Equal(["zjj", "zjj.mgr"], (await app.ListAsync(new UserQuery { Search = "ZJJ" })).Items.Select(r => r.UserName));
        Assert.Equal(["zjj.mgr"], (await app.ListAsync(new UserQuery { Search = "钱芳" })).Items.Select(r => r.UserName));

        var firstPage = await app.ListAsync(new UserQuery { SortBy = UserSort.UserName, Descending = true, PageSize = 3 });
        var secondPage = await app.ListAsync(new UserQuery { SortBy = UserSort.UserName, Descending = true, PageSize = 3, Page = 1 });
        var all = (await app.ListAsync(new UserQuery { PageSize = 200 })).Items.Select(r => r.UserName).ToList();
        Assert.Equal(all.Count, firstPage.TotalCount);
        var descending = all.OrderByDescending(n => n, StringComparer.Ordinal).ToList();
        Assert.Equal(descending.Take(3), firstPage.Items.Select(r => r.UserName));
        Assert.Equal(descending.Skip(3).Take(3), secondPage.Items.Select(r => r.UserName));

        // Unit names come from the Administration module: sorted by them across pages, ties by user name.
        var allRows = (await app.ListAsync(new UserQuery { PageSize = 200 })).Items;
        var byUnitName = allRows.OrderBy(r => r.UnitName, StringComparer.Ordinal).ThenBy(r => r.UserName, StringComparer.Ordinal)
            .Select(r => r.UserName).ToList();
        var unitPages = new List<string>();
        for (var page = 0; page * 4 < allRows.Count; page++)
        {
            var rows = await app.ListAsync(new UserQuery { SortBy = UserSort.Unit, PageSize = 4, Page = page });
            Assert.Equal(allRows.Count, rows.TotalCount);
            Assert.All(rows.Items, r => Assert.NotEqual("", r.UnitName));
            unitPages.AddRange(rows.Items.Select(r => r.UserName));
        }
        Assert.Equal(byUnitName, unitPages);
        var lastUnitFirst = await app.ListAsync(new UserQuery { SortBy = UserSort.Unit, Descending = true, PageSize = 1 });
        Assert.Equal(allRows.Select(r => r.UnitName).Max(StringComparer.Ordinal), lastUnitFirst.Items.Single().UnitName);

        var byRole = await app.ListAsync(new UserQuery { SortBy = UserSort.Role, PageSize = 1 });
        Assert.Equal(HotlineRoles.Agent, byRole.Items.Single().Role);
        var byCreated = await app.ListAsync(new UserQuery { SortBy = UserSort.Created, Descending = true, PageSize = 200 });
        Assert.Equal(byCreated.Items.Select(r => r.CreatedAtUtc).OrderDescending(), byCreated.Items.Select(r => r.CreatedAtUtc));
        Assert.Equal("免验证（演示）", (await app.ListAsync(new UserQuery { Search = "admin", Role = HotlineRoles.CenterAdmin })).Items
            .Single(r => r.UserName == "admin").TwoFactorText);
    }

    [Fact]
    public async Task The_status_filter_tells_active_disabled_and_locked_apart()
    {
        var disabledId = await app.CreateUserAsync("status.disabled");
        await app.CreateUserAsync("status.locked");
        await app.CreateUserAsync("status.active");
        await app.AsAdminAsync(a => a.SetDisabledAsync(disabledId, true));
        await LockOutAsync("status.locked");

        async Task<List<string>> NamesAsync(UserStatus status) =>
            (await app.ListAsync(new UserQuery { Search = "status.", Status = status })).Items.Select(r => r.UserName).ToList();
        Assert.Equal(["status.disabled"], await NamesAsync(UserStatus.Disabled));
        Assert.Equal(["status.locked"], await NamesAsync(UserStatus.LockedOut));
        Assert.Equal(["status.active"], await NamesAsync(UserStatus.Active));

        // A lockout ends by itself after 30 minutes of the application's clock.
        app.Clock.Advance(TimeSpan.FromMinutes(31));
        Assert.Equal(["status.active", "status.locked"], await NamesAsync(UserStatus.Active));
    }

    [Fact]
    public async Task Unit_search_finds_active_units_by_part_of_their_name_with_their_parent()
    {
        var options = await app.AsUserAsync("admin", sp => sp.GetRequiredService<UserDirectory>().SearchUnitsAsync("社区"));
        Assert.NotEmpty(options);
        Assert.All(options, o => Assert.Contains("社区", o.Path));
        Assert.Contains(options, o => o.Path.Contains(" / ", StringComparison.Ordinal));
        var center = Assert.Single(await app.AsUserAsync("admin", sp => sp.GetRequiredService<UserDirectory>().SearchUnitsAsync("热线管理中心")));
        Assert.True(center.IsCenter);
    }

    /// <summary>Five wrong passwords, as the login form would count them.</summary>
    private Task LockOutAsync(string userName) => app.WithUsersAsync(async users =>
    {
        var user = (await users.FindByNameAsync(userName))!;
        for (var i = 0; i < 5; i++)
            await users.AccessFailedAsync(user);
        Assert.True(await users.IsLockedOutAsync(user));
        return 0;
    });
}

public sealed class SqliteUserAdminTests(SqliteApp app) : UserAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbUserAdminTests(MariaDbApp app) : UserAdminTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
