using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace Hotline.Platform.Identity;

/// <summary>
/// 等保: roles that must sign in with two factors (CenterAdmin) reach nothing but the enrolment page until they
/// have. One rule for every page (<see cref="TwoFactorAuthorizationHandler"/>) and every service (<see cref="AccessGate"/>).
/// The only exemption: a demo account while demo mode is on at run time; no stored per-account flag is honoured.
/// </summary>
public static class TwoFactorRule
{
    public static readonly IReadOnlyList<string> RequiredForRoles = [HotlineRoles.CenterAdmin];

    public static bool IsRequiredFor(ClaimsPrincipal user) => RequiredForRoles.Any(user.IsInRole);

    /// <summary>The seeded demo accounts, and only while demo mode is on; a real admin made in a demo database is not exempt.</summary>
    public static bool IsExempt(string? userName, bool demoMode) =>
        demoMode && userName is not null && Seeding.DemoAccounts.All.Any(a => a.UserName == userName);

    /// <summary>
    /// "enabled" in the cookie means the session passed the authenticator: Identity issues no application cookie to
    /// an enrolled account before the code, and enrolment itself checks a code before it refreshes the cookie.
    /// </summary>
    public static bool IsSatisfied(ClaimsPrincipal user, bool demoMode) =>
        user.Identity?.IsAuthenticated != true
        || !IsRequiredFor(user)
        || user.HasClaim(HotlineClaims.TwoFactor, "enabled")
        || IsExempt(user.Identity.Name, demoMode);
}

/// <summary>Marks a policy whose pages a user may open before two-factor enrolment (the enrolment page itself).</summary>
public sealed class TwoFactorEnrolmentRequirement : IAuthorizationRequirement;

/// <summary>
/// Runs for every authorization decision, whatever its policy or roles (pages, route views, AuthorizeView):
/// fails it for a role that needs two-factor sign-in without it, unless the policy is the enrolment policy.
/// </summary>
internal sealed class TwoFactorAuthorizationHandler(HostingOptions hosting) : IAuthorizationHandler
{
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        foreach (var enrolment in context.PendingRequirements.OfType<TwoFactorEnrolmentRequirement>().ToList())
            context.Succeed(enrolment);
        var isEnrolment = context.Requirements.OfType<TwoFactorEnrolmentRequirement>().Any();
        if (!isEnrolment && !TwoFactorRule.IsSatisfied(context.User, hosting.DemoMode))
            context.Fail(new AuthorizationFailureReason(this, "两步验证尚未完成"));
        return Task.CompletedTask;
    }
}
