using Hotline.Administration.Persistence;
using Hotline.Platform.Auditing;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Organization;

/// <summary>Shortcuts the organization tests share: acting as the admin through a service, reading rows and audit entries back.</summary>
internal static class OrganizationTestKit
{
    public static Task<TResult> AsAdminAsync<TService, TResult>(this HotlineAppFactory app, Func<TService, Task<TResult>> work)
        where TService : notnull =>
        app.AsUserAsync("admin", sp => work(sp.GetRequiredService<TService>()));

    public static Task AsAdminAsync<TService>(this HotlineAppFactory app, Func<TService, Task> work) where TService : notnull =>
        app.AsUserAsync("admin", sp => work(sp.GetRequiredService<TService>()));

    /// <summary>Reads Administration's tables (and the audit log, which every module context maps).</summary>
    public static Task<T> ReadAsync<T>(this HotlineAppFactory app, Func<AdministrationDbContext, Task<T>> query) =>
        app.WithScopeAsync(sp => query(sp.GetRequiredService<AdministrationDbContext>()));

    public static Task<List<AuditEntry>> AuditOfAsync(this HotlineAppFactory app, Guid objectId) =>
        app.ReadAsync(db => db.AuditLog.Where(a => a.ObjectId == objectId.ToString()).OrderBy(a => a.Id).ToListAsync());

    public static Task<Guid> UnitIdAsync(this HotlineAppFactory app, string code) =>
        app.ReadAsync(db => db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync());

    public static Task<Guid> AreaIdAsync(this HotlineAppFactory app, string code) =>
        app.ReadAsync(db => db.Areas.Where(a => a.Code == code).Select(a => a.Id).SingleAsync());

    public static Task<Guid> CategoryIdAsync(this HotlineAppFactory app, string code) =>
        app.ReadAsync(db => db.Categories.Where(c => c.Code == code).Select(c => c.Id).SingleAsync());
}
