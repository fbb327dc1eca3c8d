using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Hotline.UserAccess.SignIn;

/// <summary>Puts the user's unit, display name and two-factor state into the sign-in cookie.</summary>
internal sealed class HotlineClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options,
    HostingOptions hosting)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HotlineClaims.UnitId, user.UnitId.ToString()));
        identity.AddClaim(new Claim(HotlineClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        // "exempt" only while demo mode is on and only for a role that needs two factors; re-evaluated at every
        // session revalidation, so switching demo mode off ends the exemption of open sessions within a minute.
        var needsTwoFactor = TwoFactorRule.RequiredForRoles.Any(role => identity.HasClaim(identity.RoleClaimType, role));
        var twoFactor = user.TwoFactorEnabled ? "enabled" : needsTwoFactor && TwoFactorRule.IsExempt(user.UserName, hosting.DemoMode) ? "exempt" : "missing";
        identity.AddClaim(new Claim(HotlineClaims.TwoFactor, twoFactor));
        return identity;
    }
}
