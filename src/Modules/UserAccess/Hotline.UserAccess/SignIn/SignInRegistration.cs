using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Http;

namespace Hotline.UserAccess.SignIn;

/// <summary>
/// 登录: Identity with the 等保 policy, the sign-in cookie, the pages' authentication state (revalidated against the
/// account), and the audit of every sign-in and sign-out. The cookie's Secure flag is the host's (its proxy settings).
/// </summary>
internal static class SignInRegistration
{
    public static IServiceCollection AddSignIn(this IServiceCollection services)
    {
        IdentitySetup.AddHotlineIdentity(services);
        services.AddAuthentication(options =>
            {
                options.DefaultScheme = IdentityConstants.ApplicationScheme;
                options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
            })
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/Account/Login";
            cookie.LogoutPath = "/Account/Logout";
            cookie.AccessDeniedPath = "/Account/AccessDenied";
            cookie.ExpireTimeSpan = SessionPolicy.IdleTimeout;
            cookie.SlidingExpiration = true;
            cookie.Cookie.Name = "hotline.auth";
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddCascadingAuthenticationState();
        services.AddScoped<IdentityRedirectManager>();
        services.AddScoped<AuthenticationStateProvider, IdentityRevalidatingAuthenticationStateProvider>();
        services.AddScoped<LoginAudit>();
        return services;
    }
}
