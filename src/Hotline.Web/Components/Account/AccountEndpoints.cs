using System.Security.Claims;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.Web.Components.Account;

internal static class AccountEndpoints
{
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/Account");
        group.MapPost("/Logout", async (
            ClaimsPrincipal user,
            HttpContext http,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] PlatformDbContext db,
            [FromServices] TimeProvider clock,
            [FromForm] string? reason) =>
        {
            if (user.Identity?.IsAuthenticated == true)
            {
                var actor = new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "", http.Connection.RemoteIpAddress?.ToString());
                db.Audit(actor, clock, reason == "idle" ? "空闲超时退出" : "退出登录", "User", actor.UserId);
                await db.SaveChangesAsync();
            }
            await signInManager.SignOutAsync();
            return TypedResults.LocalRedirect(reason == "idle" ? "~/Account/Login?idle=1" : "~/Account/Login");
        });
        return group;
    }
}
