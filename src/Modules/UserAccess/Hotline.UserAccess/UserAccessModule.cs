using Hotline.UserAccess.Accounts;
using Hotline.UserAccess.Profile;
using Hotline.UserAccess.Setup;
using Hotline.UserAccess.Staff;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;

namespace Hotline.UserAccess;

/// <summary>
/// 账号与权限 module: the accounts and roles with their tables, sign-in under the 等保 policy, each user's own profile, the
/// administrator's user pages and the first installation's accounts. Other modules ask it about people through
/// <see cref="IStaffDirectory"/> (the kernel); the pages everywhere read the signed-in user through Platform's <see cref="CurrentUser"/>.
/// </summary>
public sealed class UserAccessModule : IHotlineModule
{
    public string Name => "UserAccess";

    public void ConfigureModel(ModelBuilder builder) => UserAccessModel.Configure(builder);

    // One explicit call per capability folder: deleting a capability's registration fails the build.
    public void AddServices(IServiceCollection services, IConfiguration configuration)
    {
        services.AddModuleDbContext<UserAccessDbContext>(configuration);
        services.AddSignIn();
        services.AddProfile();
        services.AddAccounts();
        services.AddSetup();
        services.AddStaffDirectory();
    }

    public Task SeedAccountsAsync(IServiceProvider services, bool demoMode, CancellationToken cancellationToken) =>
        AccountsSeed.SeedAsync(services, demoMode, cancellationToken);

    public void MapEndpoints(IEndpointRouteBuilder endpoints) => endpoints.MapAccountEndpoints();
}
