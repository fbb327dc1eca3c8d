using Hotline.Administration.Persistence;
using Hotline.Platform.Auditing;
using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Platform.Seeding;
using Hotline.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Identity;

/// <summary>Shortcuts the identity tests share: users made through the admin service, and reads of what was stored.</summary>
internal static class IdentityTestData
{
    public const string StrongPassword = "Xk9#mPq2wz";

    public static Task<Guid> UnitIdAsync(this HotlineAppFactory app, string code) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<AdministrationDbContext>().Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<Guid> CenterIdAsync(this HotlineAppFactory app) => app.UnitIdAsync(DemoCountyData.CenterCode);

    /// <summary>Creates a handler of the housing bureau (or the given role and unit) as the demo admin would.</summary>
    public static async Task<string> CreateUserAsync(this HotlineAppFactory app, string userName,
        string role = HotlineRoles.UnitHandler, string unitCode = DemoCountyData.HousingBureauCode, string password = StrongPassword)
    {
        var unitId = await app.UnitIdAsync(unitCode);
        return await app.AsUserAsync("admin", sp => sp.GetRequiredService<UserAdmin>()
            .CreateAsync(new NewUser(userName, $"测试用户{userName}", unitId, role, password)));
    }

    public static Task<ApplicationUser> UserAsync(this HotlineAppFactory app, string userName) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<UserAccessDbContext>().Users.AsNoTracking().SingleAsync(u => u.UserName == userName));

    public static Task<List<AuditEntry>> AuditOfAsync(this HotlineAppFactory app, string objectId) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.AsNoTracking()
            .Where(a => a.ObjectId == objectId).OrderBy(a => a.Id).ToListAsync());

    public static Task<int> AuditCountAsync(this HotlineAppFactory app) =>
        app.WithScopeAsync(sp => sp.GetRequiredService<PlatformDbContext>().AuditLog.CountAsync());

    public static Task<T> AsAdminAsync<T>(this HotlineAppFactory app, Func<UserAdmin, Task<T>> work) =>
        app.AsUserAsync("admin", sp => work(sp.GetRequiredService<UserAdmin>()));

    public static Task AsAdminAsync(this HotlineAppFactory app, Func<UserAdmin, Task> work) =>
        app.AsUserAsync("admin", sp => work(sp.GetRequiredService<UserAdmin>()));

    public static Task<UserPage> ListAsync(this HotlineAppFactory app, UserQuery query) =>
        app.AsUserAsync("admin", sp => sp.GetRequiredService<UserDirectory>().ListAsync(query));

    public static Task<T> WithUsersAsync<T>(this HotlineAppFactory app, Func<UserManager<ApplicationUser>, Task<T>> work) =>
        app.WithScopeAsync(sp => work(sp.GetRequiredService<UserManager<ApplicationUser>>()));

    public static Task<bool> PasswordWorksAsync(this HotlineAppFactory app, string userName, string password) =>
        app.WithUsersAsync(async users => await users.CheckPasswordAsync((await users.FindByNameAsync(userName))!, password));

    /// <summary>Turns two-factor on for a user directly, as the setup page does, and returns the authenticator key.</summary>
    public static Task<string> EnableTwoFactorAsync(this HotlineAppFactory app, string userName) =>
        app.WithUsersAsync(async users =>
        {
            var user = (await users.FindByNameAsync(userName))!;
            await users.ResetAuthenticatorKeyAsync(user);
            await users.SetTwoFactorEnabledAsync(user, true);
            await users.GenerateNewTwoFactorRecoveryCodesAsync(user, 10);
            return (await users.GetAuthenticatorKeyAsync(user))!;
        });
}
