using Hotline.UserAccess.Profile;

namespace Hotline.UserAccess.SignIn;

internal static class IdentitySetup
{
    public const string AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._";

    /// <summary>Identity with the 等保 level-3 policy: lockout 5 × 30 min, 3-of-4 class passwords, TOTP available to everyone.</summary>
    public static IdentityBuilder AddHotlineIdentity(IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddOptions<SecurityStampValidatorOptions>().Configure<TimeProvider>((options, clock) =>
        {
            options.ValidationInterval = SessionPolicy.Revalidation;
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
            .AddEntityFrameworkStores<UserAccessDbContext>()
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
