using Hotline.Administration.Units;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Organization;

/// <summary>The read-only lookups other modules use: names, paths, unit scope, limits.</summary>
public abstract class DirectoryTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<T> WithAsync<TService, T>(Func<TService, Task<T>> query) where TService : notnull =>
        app.WithScopeAsync(sp => query(sp.GetRequiredService<TService>()));

    [Fact]
    public async Task A_unit_sees_itself_and_its_sub_units()
    {
        var street = await app.UnitIdAsync("CGJD");
        var communities = new List<Guid>();
        foreach (var code in new[] { "CGJD-01", "CGJD-02", "CGJD-03", "CGJD-04" })
            communities.Add(await app.UnitIdAsync(code));

        var withSelf = await WithAsync<IUnitDirectory, IReadOnlyList<Guid>>(d => d.DescendantIdsAsync(street, includeSelf: true));
        Assert.Equal([street, .. communities], withSelf);
        var below = await WithAsync<IUnitDirectory, IReadOnlyList<Guid>>(d => d.DescendantIdsAsync(street, includeSelf: false));
        Assert.Equal(communities, below);
        Assert.Empty(await WithAsync<IUnitDirectory, IReadOnlyList<Guid>>(d => d.DescendantIdsAsync(Guid.NewGuid(), includeSelf: true)));

        Assert.True(await WithAsync<IUnitDirectory, bool>(d => d.IsSameOrDescendantAsync(communities[2], street)));
        Assert.True(await WithAsync<IUnitDirectory, bool>(d => d.IsSameOrDescendantAsync(street, street)));
        Assert.False(await WithAsync<IUnitDirectory, bool>(d => d.IsSameOrDescendantAsync(street, communities[0])));
        var housing = await app.UnitIdAsync("ZJJ");
        Assert.False(await WithAsync<IUnitDirectory, bool>(d => d.IsSameOrDescendantAsync(housing, street)));
    }

    [Fact]
    public async Task Units_come_with_names_paths_and_types()
    {
        var community = await app.UnitIdAsync("DCJD-01");
        var unit = await WithAsync<IUnitDirectory, UnitInfo?>(d => d.GetUnitAsync(community));
        Assert.NotNull(unit);
        Assert.Equal("朝阳社区居委会", unit.Name);
        Assert.Equal("东城街道办事处 / 朝阳社区居委会", unit.PathName);
        Assert.Equal(UnitType.Village, unit.Type);
        Assert.Null(await WithAsync<IUnitDirectory, UnitInfo?>(d => d.GetUnitAsync(Guid.NewGuid())));

        var housing = await app.UnitIdAsync("ZJJ");
        var many = await WithAsync<IUnitDirectory, IReadOnlyList<UnitInfo>>(d => d.GetUnitsAsync([community, housing, Guid.NewGuid()]));
        Assert.Equal(["县住房和城乡建设局", "朝阳社区居委会"], many.Select(u => u.Name));

        Assert.Equal(housing, (await WithAsync<IUnitDirectory, UnitInfo?>(d => d.FindByCodeAsync("zjj")))!.Id);
        var children = await WithAsync<IUnitDirectory, IReadOnlyList<UnitInfo>>(async d => await d.ChildrenAsync(await app.UnitIdAsync("DCJD")));
        Assert.Equal(4, children.Count);
    }

    [Fact]
    public async Task Active_units_leave_out_deactivated_ones()
    {
        var id = await app.AsAdminAsync<UnitAdmin, Guid>(s => s.CreateAsync(new UnitInput { Code = "DIR-OFF", Name = "停用的目录测试单位", IsActive = false }));
        var active = await WithAsync<IUnitDirectory, IReadOnlyList<UnitInfo>>(d => d.ActiveUnitsAsync());
        Assert.DoesNotContain(active, u => u.Id == id);
        Assert.Contains(active, u => u.Code == "ZX");
        Assert.False((await WithAsync<IUnitDirectory, UnitInfo?>(d => d.GetUnitAsync(id)))!.IsActive);
    }

    [Fact]
    public async Task Areas_have_paths_and_children()
    {
        var community = await app.AreaIdAsync("A0102");
        var area = await WithAsync<IAreaDirectory, AreaInfo?>(d => d.GetAreaAsync(community));
        Assert.Equal("清河县 / 城关街道 / 鼓楼社区", area!.PathName);
        Assert.Equal(AreaLevel.Village, area.Level);

        var counties = await WithAsync<IAreaDirectory, IReadOnlyList<AreaInfo>>(d => d.ChildrenAsync(null));
        Assert.Equal("清河县", Assert.Single(counties).Name);
        var townships = await WithAsync<IAreaDirectory, IReadOnlyList<AreaInfo>>(d => d.ChildrenAsync(counties[0].Id));
        Assert.Equal(8, townships.Count);
        Assert.All(townships, t => Assert.Equal(AreaLevel.Township, t.Level));
        Assert.Contains(community, await WithAsync<IAreaDirectory, IReadOnlyList<Guid>>(d => d.DescendantIdsAsync(counties[0].Id, includeSelf: false)));
        Assert.True((await WithAsync<IAreaDirectory, IReadOnlyList<AreaInfo>>(d => d.ActiveAreasAsync())).Count >= 40);
    }

    [Fact]
    public async Task Categories_carry_path_default_unit_override_and_kind()
    {
        var property = await app.CategoryIdAsync("C0101");
        var category = await WithAsync<ICategoryCatalog, CategoryInfo?>(c => c.GetCategoryAsync(property));
        Assert.Equal("城乡建设 / 物业管理", category!.PathName);
        Assert.Equal(await app.UnitIdAsync("ZJJ"), category.DefaultUnitId);
        Assert.Equal(CategoryKind.Ordinary, category.Kind);
        Assert.True(category.IsLeaf);

        var mediation = await WithAsync<ICategoryCatalog, CategoryInfo?>(async c => await c.GetCategoryAsync(await app.CategoryIdAsync("C0102")));
        Assert.Equal(CategoryKind.AdministrativeMediation, mediation!.Kind);
        var root = await WithAsync<ICategoryCatalog, CategoryInfo?>(async c => await c.GetCategoryAsync(await app.CategoryIdAsync("C01")));
        Assert.False(root!.IsLeaf);
        Assert.Contains(property, await WithAsync<ICategoryCatalog, IReadOnlyList<Guid>>(c => c.DescendantIdsAsync(root.Id, includeSelf: false)));
        Assert.True((await WithAsync<ICategoryCatalog, IReadOnlyList<CategoryInfo>>(c => c.ActiveCategoriesAsync())).Count >= 55);
    }

    [Fact]
    public async Task Completion_limits_use_the_statutory_override_else_the_request_type()
    {
        var types = await WithAsync<ICategoryCatalog, IReadOnlyList<RequestTypeInfo>>(c => c.RequestTypesAsync());
        Assert.Equal([5, 5, 15, 15, 5, 5], types.Select(t => t.CompletionWorkingDays));
        Assert.Equal("投诉", (await WithAsync<ICategoryCatalog, RequestTypeInfo>(c => c.GetRequestTypeAsync(RequestTypeCode.Complaint))).Name);

        var consumer = await app.CategoryIdAsync("C0202");
        var property = await app.CategoryIdAsync("C0101");
        Assert.Equal(7, await WithAsync<ICategoryCatalog, int>(c => c.CompletionWorkingDaysAsync(RequestTypeCode.Complaint, consumer)));
        Assert.Equal(15, await WithAsync<ICategoryCatalog, int>(c => c.CompletionWorkingDaysAsync(RequestTypeCode.Complaint, property)));
        Assert.Equal(5, await WithAsync<ICategoryCatalog, int>(c => c.CompletionWorkingDaysAsync(RequestTypeCode.Consultation, null)));
    }
}

public sealed class SqliteDirectoryTests(SqliteApp app) : DirectoryTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbDirectoryTests(MariaDbApp app) : DirectoryTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
