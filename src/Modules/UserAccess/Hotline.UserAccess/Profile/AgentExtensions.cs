using Hotline.Platform.Auditing;

namespace Hotline.UserAccess.Profile;

/// <summary>
/// 坐席分机号: which account the phone system means when it names an extension. An agent sets their own on the
/// profile page, the administrator on the users page; one extension belongs to at most one account.
/// </summary>
internal sealed class AgentExtensions(IDbContextFactory<UserAccessDbContext> contexts, IServiceScopeFactory scopes, CurrentUser currentUser, TimeProvider clock)
{
    internal const string TakenMessage = "该分机号已设置给其他用户。";

    /// <summary>The signed-in user's own extension.</summary>
    public async Task<string?> OwnAsync(CancellationToken cancellationToken = default)
    {
        var actor = await RequireSignedInAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == actor.UserId).Select(u => u.PhoneExtension).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>Sets (or clears, when blank) the signed-in user's own extension.</summary>
    public async Task SetOwnAsync(string? extension, CancellationToken cancellationToken = default)
    {
        var actor = await RequireSignedInAsync();
        var value = PhoneExtension.Normalize(extension);
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<UserAccessDbContext>();
        var users = scope.ServiceProvider.GetRequiredService<HotlineUserManager>();
        var user = await users.FindByIdAsync(actor.UserId!) ?? throw new BusinessRuleException("账号不存在，请重新登录。");
        if (user.PhoneExtension == value)
            return;
        await EnsureFreeAsync(db, value, user.Id, cancellationToken);
        var before = user.PhoneExtension;
        user.PhoneExtension = value;
        await UpdateAsync(users, user);
        db.Audit(actor, clock, "修改坐席分机号", "User", user.Id, $"用户名：{user.UserName}；分机号：{before ?? "（无）"} → {value ?? "（无）"}");
        await db.SaveChangesAsync(cancellationToken);
    }

    internal static async Task EnsureFreeAsync(UserAccessDbContext db, string? extension, string userId, CancellationToken cancellationToken = default)
    {
        if (extension is not null && await db.Users.AnyAsync(u => u.PhoneExtension == extension && u.Id != userId, cancellationToken))
            throw new BusinessRuleException(TakenMessage);
    }

    /// <summary>The unique index decides a race the check above lost: two saves of one extension at the same moment.</summary>
    internal static async Task UpdateAsync(HotlineUserManager users, ApplicationUser user)
    {
        Microsoft.AspNetCore.Identity.IdentityResult result;
        try
        {
            result = await users.UpdateAsync(user);
        }
        catch (DbUpdateException)
        {
            throw new BusinessRuleException(TakenMessage);
        }
        if (!result.Succeeded)
            throw new BusinessRuleException(IdentityMessages.Describe(result));
    }

    private async Task<Actor> RequireSignedInAsync()
    {
        var actor = await currentUser.ActorAsync();
        if (actor.UserId is null)
            throw new UnauthorizedAccessException("请先登录。");
        return actor;
    }
}
