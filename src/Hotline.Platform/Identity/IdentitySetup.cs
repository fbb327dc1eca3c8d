namespace Hotline.Platform.Identity;

public static class IdentitySetup
{
    public static readonly TimeSpan IdleTimeout = TimeSpan.FromMinutes(30);

    /// <summary>
    /// How often a sign-in cookie is checked against the account: a disabled account or a changed security stamp
    /// (password reset, role change) ends the session within this time, on pages as in circuits.
    /// </summary>
    public static readonly TimeSpan SessionRevalidation = TimeSpan.FromMinutes(1);

    public const string AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";

    /// <summary>Identity with the 等保 level-3 policy: lockout 5 × 30 min, 3-of-4 class passwords, TOTP available to everyone.</summary>
    public static IdentityBuilder AddHotlineIdentity(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddAuthorization(HotlinePolicies.Configure);
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, TwoFactorAuthorizationHandler>();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((options, clock) =>
        {
            options.ValidationInterval = SessionRevalidation;
            options.TimeProvider = clock;
        });
        return services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.SignIn.RequireConfirmedAccount = false;
                options.Stores.SchemaVersion = IdentitySchemaVersions.Version2;
                options.User.RequireUniqueEmail = false;
                options.User.AllowedUserNameCharacters = AllowedUserNameCharacters;
                options.Password.RequiredLength = PasswordClassesValidator.MinimumLength;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(30);
                options.Tokens.AuthenticatorTokenProvider = HotlineAuthenticatorTokenProvider.Name;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PlatformDbContext>()
            .AddUserManager<HotlineUserManager>()
            .AddSignInManager<HotlineSignInManager>()
            .AddClaimsPrincipalFactory<HotlineClaimsFactory>()
            .AddPasswordValidator<PasswordClassesValidator>()
            .AddErrorDescriber<ChineseIdentityErrorDescriber>()
            .AddDefaultTokenProviders()
            // Identity's authenticator provider reads the wall clock; ours reads the application's TimeProvider.
            .AddTokenProvider<HotlineAuthenticatorTokenProvider>(HotlineAuthenticatorTokenProvider.Name);
    }
}
