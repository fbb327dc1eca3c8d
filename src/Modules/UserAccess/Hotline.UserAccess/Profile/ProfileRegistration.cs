namespace Hotline.UserAccess.Profile;

/// <summary>个人设置: the user's own password, two-factor authenticator and 坐席分机号.</summary>
internal static class ProfileRegistration
{
    public static IServiceCollection AddProfile(this IServiceCollection services) =>
        services.AddScoped<AgentExtensions>();
}
