using System.Security.Claims;
using Hotline.Platform.Auditing;
using Microsoft.AspNetCore.Components.Authorization;

namespace Hotline.Platform.Identity;

/// <summary>
/// The signed-in user of this circuit or request, as services need it: id, unit, roles, audit actor. A user whose
/// role needs two-factor sign-in and who has not completed it counts as not signed in, so every module's own
/// access check refuses them without knowing the rule (<see cref="TwoFactorRule"/>).
/// </summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication, HostingOptions hosting)
{
    /// <summary>Captured from the HTTP request when the circuit starts; a circuit has no request of its own.</summary>
    public string? IpAddress { get; set; }

    public async Task<ClaimsPrincipal> PrincipalAsync()
    {
        var user = (await authentication.GetAuthenticationStateAsync()).User;
        return TwoFactorRule.IsSatisfied(user, hosting.DemoMode) ? user : new ClaimsPrincipal(new ClaimsIdentity());
    }

    public async Task<Actor> ActorAsync()
    {
        var user = await PrincipalAsync();
        return user.Identity?.IsAuthenticated == true
            ? new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "", IpAddress)
            : new Actor(null, "匿名", IpAddress);
    }

    public async Task<Guid?> UnitIdAsync() =>
        Guid.TryParse((await PrincipalAsync()).FindFirstValue(HotlineClaims.UnitId), out var id) ? id : null;
}
