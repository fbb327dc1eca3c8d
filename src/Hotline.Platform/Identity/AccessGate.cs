using Hotline.Platform.Auditing;

namespace Hotline.Platform.Identity;

/// <summary>
/// Role and unit checks inside module services, so a service refuses the wrong caller whatever
/// page (or URL) it was reached from.
/// </summary>
public sealed class AccessGate(CurrentUser currentUser, HostingOptions hosting)
{
    /// <returns>The signed-in actor, when they hold one of <paramref name="roles"/>.</returns>
    /// <exception cref="UnauthorizedAccessException">Not signed in, none of the roles, or two-factor sign-in required and missing.</exception>
    public async Task<Actor> RequireAsync(params string[] roles)
    {
        var principal = await currentUser.PrincipalAsync();
        if (principal.Identity?.IsAuthenticated != true || !roles.Any(principal.IsInRole))
            throw new UnauthorizedAccessException("您的角色无权执行此操作。");
        if (!TwoFactorRule.IsSatisfied(principal, hosting.DemoMode))
            throw new UnauthorizedAccessException("请先启用两步验证。");
        return await currentUser.ActorAsync();
    }

    /// <returns>The actor and their member unit, when they hold one of the unit <paramref name="roles"/> and belong to a unit.</returns>
    public async Task<(Actor Actor, Guid UnitId)> RequireUnitAsync(params string[] roles)
    {
        var actor = await RequireAsync(roles);
        var unitId = await currentUser.UnitIdAsync()
            ?? throw new UnauthorizedAccessException("您的账号未关联成员单位。");
        return (actor, unitId);
    }

    public async Task<bool> IsInAnyRoleAsync(params string[] roles)
    {
        var principal = await currentUser.PrincipalAsync();
        return principal.Identity?.IsAuthenticated == true && roles.Any(principal.IsInRole)
            && TwoFactorRule.IsSatisfied(principal, hosting.DemoMode);
    }

    public async Task<bool> IsCenterAsync() => await IsInAnyRoleAsync(HotlinePolicies.CenterRoles);

    public Task<Guid?> UnitIdAsync() => currentUser.UnitIdAsync();

    public Task<Actor> ActorAsync() => currentUser.ActorAsync();
}
