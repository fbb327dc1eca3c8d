using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Hotline.Platform.Security;

/// <summary>
/// Admin services check the caller themselves, not only the page: a service reached from anywhere
/// else (another page, a test, a future API) still refuses non-administrators.
/// </summary>
public sealed class AdminGuard(CurrentUser currentUser, IAuthorizationService authorization)
{
    /// <returns>The administrator acting, for the audit log.</returns>
    /// <exception cref="UnauthorizedAccessException">The caller is not a CenterAdmin with two-factor sign-in set up.</exception>
    public async Task<Actor> RequireAdminAsync()
    {
        var principal = await currentUser.PrincipalAsync();
        var result = await authorization.AuthorizeAsync(principal, HotlinePolicies.Admin);
        if (!result.Succeeded)
            throw new UnauthorizedAccessException("只有中心管理员可以执行此操作。");
        return await currentUser.ActorAsync();
    }
}
