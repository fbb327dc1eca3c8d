using System.Security.Claims;
using Hotline.Platform.Auditing;
using Microsoft.AspNetCore.Components.Authorization;

namespace Hotline.Platform.Identity;

/// <summary>The signed-in user of this circuit or request, as services need it: id, unit, roles, audit actor.</summary>
public sealed class CurrentUser(AuthenticationStateProvider authentication)
{
    /// <summary>Captured from the HTTP request when the circuit starts; a circuit has no request of its own.</summary>
    public string? IpAddress { get; set; }

    public async Task<ClaimsPrincipal> PrincipalAsync() => (await authentication.GetAuthenticationStateAsync()).User;

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
