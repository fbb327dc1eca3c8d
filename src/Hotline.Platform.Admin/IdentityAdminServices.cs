using Hotline.Platform.Admin.Users;

namespace Hotline.Platform.Admin;

/// <summary>User accounts: the list, the edits, the agents' extensions.</summary>
internal static class IdentityAdminServices
{
    public static IServiceCollection AddIdentityAdmin(this IServiceCollection services)
    {
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAdmin>();
        services.AddScoped<Identity.AgentExtensions>();
        return services;
    }
}
