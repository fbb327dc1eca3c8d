namespace Hotline.UserAccess.Persistence;

/// <summary>
/// UserAccess's runtime context: the accounts, roles and their sign-in data (prefix <c>useraccess_</c>) plus the platform
/// messaging tables, so an account change and its audit entry commit together. Identity's stores work on it directly.
/// </summary>
internal sealed class UserAccessDbContext(DbContextOptions<UserAccessDbContext> options) : ModuleDbContext(options)
{
    public DbSet<ApplicationUser> Users => Set<ApplicationUser>();
    public DbSet<IdentityRole> Roles => Set<IdentityRole>();
    public DbSet<IdentityUserRole<string>> UserRoles => Set<IdentityUserRole<string>>();

    protected override void ConfigureModule(ModelBuilder builder) => UserAccessModel.Configure(builder);
}
