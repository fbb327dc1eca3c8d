using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Hotline.UserAccess.SignIn;

internal static class AccountEndpoints
{
    public static IEndpointConventionBuilder MapAccountEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/Account");
        group.MapPost("/Logout", async (
            ClaimsPrincipal user,
            HttpContext http,
            [FromServices] SignInManager<ApplicationUser> signInManager,
            [FromServices] UserAccessDbContext db,
            [FromServices] TimeProvider clock,
            [FromServices] IAntiforgery antiforgery) =>
        {
            string? reason = null;
            if (http.Request.HasFormContentType)
            {
                // A malformed or truncated body is the client's error: 400, not an unhandled exception.
                try
                {
                    reason = (await http.Request.ReadFormAsync())["reason"].ToString();
                }
                catch (Exception ex) when (ex is InvalidDataException or IOException or BadHttpRequestException)
                {
                    return Results.BadRequest();
                }
            }
            if (user.Identity?.IsAuthenticated == true)
            {
                // A live session ends only by its own form; a session that already expired (the form's token was
                // issued to a user the request no longer carries) has nothing left to end.
                if (!await antiforgery.IsRequestValidAsync(http))
                    return Results.BadRequest();
                var actor = new Actor(user.FindFirstValue(ClaimTypes.NameIdentifier), user.Identity.Name ?? "", http.Connection.RemoteIpAddress?.ToString());
                db.Audit(actor, clock, reason == "idle" ? "空闲超时退出" : "退出登录", "User", actor.UserId);
                await db.SaveChangesAsync();
            }
            await signInManager.SignOutAsync();
            return Results.LocalRedirect(reason == "idle" ? "~/Account/Login?idle=1" : "~/Account/Login");
        }).DisableAntiforgery();
        return group;
    }
}
