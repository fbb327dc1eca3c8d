using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Hotline.Platform.Identity;

/// <summary>Puts the user's unit, display name and two-factor state into the sign-in cookie.</summary>
internal sealed class HotlineClaimsFactory(UserManager<ApplicationUser> users, RoleManager<IdentityRole> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(HotlineClaims.UnitId, user.UnitId.ToString()));
        identity.AddClaim(new Claim(HotlineClaims.DisplayName, string.IsNullOrEmpty(user.DisplayName) ? user.UserName ?? "" : user.DisplayName));
        var twoFactor = user.TwoFactorEnabled ? "enabled" : user.TwoFactorExempt ? "exempt" : "missing";
        identity.AddClaim(new Claim(HotlineClaims.TwoFactor, twoFactor));
        return identity;
    }
}
