using Hotline.Administration.Areas;
using Hotline.Administration.Categories;
using Hotline.Administration.RequestTypes;
using Hotline.Administration.Units;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Organization;

/// <summary>Every organization admin action refuses every non-admin role, and refusing writes nothing.</summary>
public abstract class OrganizationDenialTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    public static readonly TheoryData<string> NonAdmins = ["agent", "dispatcher", "supervisor", "kbeditor", "archivist", "assessor", "zjj", "zjj.mgr", "scjgj.mgr"];

    private async Task DeniedAsync<TService>(string user, Func<TService, Task> work) where TService : notnull =>
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp => work(sp.GetRequiredService<TService>())));

    [Theory]
    [MemberData(nameof(NonAdmins))]
    public async Task Non_admins_cannot_read_or_change_units_areas_categories_or_request_types(string user)
    {
        var unit = await app.UnitIdAsync("ZJJ");
        var area = await app.AreaIdAsync("A01");
        var category = await app.CategoryIdAsync("C0101");
        var auditBefore = await app.ReadAsync(db => db.AuditLog.CountAsync());

        await DeniedAsync<UnitAdmin>(user, s => s.ListAsync());
        await DeniedAsync<UnitAdmin>(user, s => s.CreateAsync(new UnitInput { Code = "DENY", Name = "越权单位" }));
        await DeniedAsync<UnitAdmin>(user, s => s.UpdateAsync(unit, new UnitInput { Code = "ZJJ", Name = "越权改名" }, Guid.Empty));
        await DeniedAsync<UnitAdmin>(user, s => s.SetActiveAsync(unit, false, Guid.Empty));

        await DeniedAsync<AreaAdmin>(user, s => s.ListAsync());
        await DeniedAsync<AreaAdmin>(user, s => s.CreateAsync(new AreaInput { Code = "DENY", Name = "越权区域", Level = AreaLevel.County }));
        await DeniedAsync<AreaAdmin>(user, s => s.UpdateAsync(area, new AreaInput { Code = "A01", Name = "越权改名", Level = AreaLevel.Township }, Guid.Empty));
        await DeniedAsync<AreaAdmin>(user, s => s.SetActiveAsync(area, false, Guid.Empty));

        await DeniedAsync<CategoryAdmin>(user, s => s.ListAsync());
        await DeniedAsync<CategoryAdmin>(user, s => s.CreateAsync(new CategoryInput { Code = "DENY", Name = "越权分类" }));
        await DeniedAsync<CategoryAdmin>(user, s => s.UpdateAsync(category, new CategoryInput { Code = "C0101", Name = "越权改名" }, Guid.Empty));
        await DeniedAsync<CategoryAdmin>(user, s => s.SetActiveAsync(category, false, Guid.Empty));

        await DeniedAsync<RequestTypeAdmin>(user, s => s.ListAsync());
        await DeniedAsync<RequestTypeAdmin>(user, s => s.SetCompletionLimitAsync(RequestTypeCode.Complaint, 30, Guid.Empty));

        Assert.Equal(auditBefore, await app.ReadAsync(db => db.AuditLog.CountAsync()));
        Assert.Equal(0, await app.ReadAsync(db => db.Units.CountAsync(u => u.Code == "DENY")));
        Assert.Equal(15, await app.ReadAsync(db => db.RequestTypes.Where(t => t.Code == RequestTypeCode.Complaint).Select(t => t.CompletionWorkingDays).SingleAsync()));
    }
}

public sealed class SqliteOrganizationDenialTests(SqliteApp app) : OrganizationDenialTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbOrganizationDenialTests(MariaDbApp app) : OrganizationDenialTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
