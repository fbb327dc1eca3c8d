using Hotline.UserAccess.Profile;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Organization;

namespace Hotline.UserAccess.Accounts;

/// <summary>
/// Changes to staff accounts: create, edit, disable/enable, reset password, unlock, reset two-factor.
/// Each operation runs in its own DI scope (a fresh UserManager and context: circuits live for hours) and one
/// transaction, so the change and its audit entry commit together or not at all.
/// </summary>
internal sealed class UserAdmin(AdminGuard guard, IServiceScopeFactory scopes, IUnitDirectory units, TimeProvider clock)
{
    private const string ObjectType = "User";
    private const string ConcurrencyMessage = "该账号已被他人修改，请刷新后重试。";

    public async Task<string> CreateAsync(NewUser input)
    {
        var actor = await guard.RequireAdminAsync();
        var userName = input.UserName.Trim();
        var displayName = RequireDisplayName(input.DisplayName);
        RequireRole(input.Role);
        return await InUserScopeAsync(async (users, db) =>
        {
            var unit = await RequireUnitForRoleAsync(input.UnitId, input.Role);
            var user = new ApplicationUser
            {
                UserName = userName,
                DisplayName = displayName,
                UnitId = unit.Id,
                CreatedAtUtc = clock.GetUtcNow().UtcDateTime,
            };
            ThrowIfFailed(await users.CreateAsync(user, input.Password));
            ThrowIfFailed(await users.AddToRoleAsync(user, input.Role));
            db.Audit(actor, clock, "创建用户", ObjectType, user.Id,
                $"用户名：{userName}；姓名：{displayName}；单位：{unit.Name}；角色：{HotlineRoles.DisplayName(input.Role)}");
            await db.SaveChangesAsync();
            return user.Id;
        });
    }

    public async Task UpdateAsync(UserEdit input)
    {
        var actor = await guard.RequireAdminAsync();
        var displayName = RequireDisplayName(input.DisplayName);
        RequireRole(input.Role);
        var extension = PhoneExtension.Normalize(input.PhoneExtension);
        await InUserScopeAsync(async (users, db) =>
        {
            var user = await FindAsync(users, input.Id);
            var currentRoles = await users.GetRolesAsync(user);
            if (user.Id == actor.UserId && input.Role != HotlineRoles.CenterAdmin)
                throw new BusinessRuleException("不能取消自己的中心管理员角色，请由其他中心管理员操作。");
            var unit = await RequireUnitForRoleAsync(input.UnitId, input.Role);

            var changes = new List<string>();
            if (user.DisplayName != displayName)
                changes.Add($"姓名：{user.DisplayName} → {displayName}");
            if (user.UnitId != unit.Id)
                changes.Add($"单位：{await UnitNameAsync(user.UnitId)} → {unit.Name}");
            var roleChanged = currentRoles.Count != 1 || currentRoles[0] != input.Role;
            if (roleChanged)
                changes.Add($"角色：{string.Join("、", currentRoles.Select(HotlineRoles.DisplayName))} → {HotlineRoles.DisplayName(input.Role)}");
            if (user.PhoneExtension != extension)
            {
                await AgentExtensions.EnsureFreeAsync(db, extension, user.Id);
                changes.Add($"坐席分机号：{user.PhoneExtension ?? "（无）"} → {extension ?? "（无）"}");
            }
            if (changes.Count == 0)
                return 0;

            // The administrator edited the copy they loaded; if someone changed the account since, refuse. (Identity's
            // store re-attaches the user, which would reset an original value set here, so compare explicitly;
            // a change landing between this read and the write still fails on the store's own stamp check.)
            if (user.ConcurrencyStamp != input.ConcurrencyStamp)
                throw new BusinessRuleException(ConcurrencyMessage);
            var unitChanged = user.UnitId != unit.Id;
            user.DisplayName = displayName;
            user.UnitId = unit.Id;
            user.PhoneExtension = extension;
            await AgentExtensions.UpdateAsync(users, user);
            if (roleChanged)
            {
                ThrowIfFailed(await users.RemoveFromRolesAsync(user, currentRoles));
                ThrowIfFailed(await users.AddToRoleAsync(user, input.Role));
            }
            // Role and unit live in the sign-in cookie: a new stamp makes open sessions sign in again with the new ones.
            if (roleChanged || unitChanged)
                ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
            db.Audit(actor, clock, "修改用户", ObjectType, user.Id, $"用户名：{user.UserName}；" + string.Join("；", changes));
            await db.SaveChangesAsync();
            return 0;
        });
    }

    public async Task SetDisabledAsync(string userId, bool disabled)
    {
        var actor = await guard.RequireAdminAsync();
        if (disabled && userId == actor.UserId)
            throw new BusinessRuleException("不能停用自己的账号。");
        await InUserScopeAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            if (user.IsDisabled == disabled)
                throw new BusinessRuleException(disabled ? "该账号已是停用状态。" : "该账号已是启用状态。");
            user.IsDisabled = disabled;
            ThrowIfFailed(await users.UpdateAsync(user));
            // A new stamp ends the user's open sessions at their next check (pages and circuits alike).
            if (disabled)
                ThrowIfFailed(await users.UpdateSecurityStampAsync(user));
            db.Audit(actor, clock, disabled ? "停用用户" : "启用用户", ObjectType, user.Id, $"用户名：{user.UserName}");
            await db.SaveChangesAsync();
            return 0;
        });
    }

    /// <param name="newPassword">The password the administrator typed, or null to generate a strong one.</param>
    /// <returns>The generated password, to be shown once; null when the administrator typed it.</returns>
    public async Task<PasswordResetResult> ResetPasswordAsync(string userId, string? newPassword)
    {
        var actor = await guard.RequireAdminAsync();
        // A reset skips the old-password check; for one's own account that is what the change-password page is for.
        if (userId == actor.UserId)
            throw new BusinessRuleException("请在“修改密码”页面修改自己的密码。");
        var generated = string.IsNullOrEmpty(newPassword);
        var password = generated ? StrongPassword.Generate() : newPassword!;
        await InUserScopeAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            var token = await users.GeneratePasswordResetTokenAsync(user);
            // Validates the password against the policy and renews the security stamp (open sessions end).
            ThrowIfFailed(await users.ResetPasswordAsync(user, token, password));
            ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null));
            ThrowIfFailed(await users.ResetAccessFailedCountAsync(user));
            db.Audit(actor, clock, "重置密码", ObjectType, user.Id,
                $"用户名：{user.UserName}；{(generated ? "系统生成随机密码" : "管理员设置新密码")}；已解除锁定");
            await db.SaveChangesAsync();
            return 0;
        });
        return new PasswordResetResult(generated ? password : null);
    }

    public async Task UnlockAsync(string userId)
    {
        var actor = await guard.RequireAdminAsync();
        await InUserScopeAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            if (!await users.IsLockedOutAsync(user))
                throw new BusinessRuleException("该账号当前未被锁定。");
            ThrowIfFailed(await users.SetLockoutEndDateAsync(user, null));
            ThrowIfFailed(await users.ResetAccessFailedCountAsync(user));
            db.Audit(actor, clock, "解锁账号", ObjectType, user.Id, $"用户名：{user.UserName}");
            await db.SaveChangesAsync();
            return 0;
        });
    }

    /// <summary>For a user who lost their authenticator: turns two-factor off and voids the old key and recovery codes.</summary>
    public async Task ResetTwoFactorAsync(string userId)
    {
        var actor = await guard.RequireAdminAsync();
        if (userId == actor.UserId)
            throw new BusinessRuleException("请在“两步验证”页面管理自己的验证器。");
        await InUserScopeAsync(async (users, db) =>
        {
            var user = await FindAsync(users, userId);
            if (!user.TwoFactorEnabled)
                throw new BusinessRuleException("该账号未启用两步验证。");
            ThrowIfFailed(await users.SetTwoFactorEnabledAsync(user, false));
            ThrowIfFailed(await users.ResetAuthenticatorKeyAsync(user));
            ThrowIfFailed(await users.ClearRecoveryCodesAsync(user));
            db.Audit(actor, clock, "重置两步验证", ObjectType, user.Id, $"用户名：{user.UserName}；原验证器和恢复码已作废");
            await db.SaveChangesAsync();
            return 0;
        });
    }

    private async Task<T> InUserScopeAsync<T>(Func<HotlineUserManager, UserAccessDbContext, Task<T>> work)
    {
        await using var outer = scopes.CreateAsyncScope();
        var strategy = outer.ServiceProvider.GetRequiredService<UserAccessDbContext>().Database.CreateExecutionStrategy();
        // MariaDB retries transient failures; each attempt gets a fresh scope so no half-tracked state is reused.
        return await strategy.ExecuteAsync(async () =>
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<UserAccessDbContext>();
            var users = scope.ServiceProvider.GetRequiredService<HotlineUserManager>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var result = await work(users, db);
            await transaction.CommitAsync();
            return result;
        });
    }

    private static async Task<ApplicationUser> FindAsync(UserManager<ApplicationUser> users, string userId) =>
        await users.FindByIdAsync(userId) ?? throw new BusinessRuleException("该用户不存在，可能已被删除，请刷新后重试。");

    private async Task<UnitInfo> RequireUnitForRoleAsync(Guid unitId, string role)
    {
        var unit = await units.GetUnitAsync(unitId)
            ?? throw new BusinessRuleException("请选择所属单位。");
        if (!unit.IsActive)
            throw new BusinessRuleException($"单位“{unit.Name}”已停用，不能分配用户。");
        if (RoleUnitRule.Check(role, unit.Type) is { } message)
            throw new BusinessRuleException(message);
        return unit;
    }

    private async Task<string> UnitNameAsync(Guid unitId) =>
        (await units.GetUnitAsync(unitId))?.Name ?? "（未知单位）";

    private static string RequireDisplayName(string? displayName)
    {
        var value = displayName?.Trim() ?? "";
        if (value.Length == 0)
            throw new BusinessRuleException("请输入姓名。");
        if (value.Length > UserFormRules.DisplayNameMaxLength)
            throw new BusinessRuleException($"姓名不能超过 {UserFormRules.DisplayNameMaxLength} 个字符。");
        return value;
    }

    private static void RequireRole(string? role)
    {
        if (role is null || !HotlineRoles.All.Contains(role))
            throw new BusinessRuleException("请选择一个角色。");
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
            throw new BusinessRuleException(IdentityMessages.Describe(result));
    }
}
