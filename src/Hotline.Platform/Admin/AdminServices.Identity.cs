using Hotline.Platform.Admin.Users;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.Platform.Admin;

internal static partial class AdminServices
{
    static partial void AddIdentityAdmin(IServiceCollection services)
    {
        services.AddScoped<UserDirectory>();
        services.AddScoped<UserAdmin>();
        services.AddScoped<Identity.AgentExtensions>();
    }
}
