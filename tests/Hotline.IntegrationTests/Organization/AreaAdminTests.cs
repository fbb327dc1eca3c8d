using Hotline.Administration.Areas;
using Hotline.Platform;
using Hotline.Platform.Organization;
using Hotline.Testing;

namespace Hotline.IntegrationTests.Organization;

/// <summary>The area tree admin service: level rules, move rules, deactivation blockers, audit.</summary>
public abstract class AreaAdminTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<AreaRow> RowAsync(Guid id) =>
        app.AsAdminAsync<AreaAdmin, AreaRow>(async s => (await s.ListAsync()).Single(a => a.Id == id));

    private async Task<BusinessRuleException> RefusedAsync(Func<AreaAdmin, Task> work) =>
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(work));

    [Fact]
    public async Task Create_move_and_deactivate_a_village_are_audited()
    {
        var street = await app.AreaIdAsync("A01");
        var id = await app.AsAdminAsync<AreaAdmin, Guid>(s => s.CreateAsync(new AreaInput { Code = "a0105", Name = "南关社区", Level = AreaLevel.Village, ParentId = street }));
        var created = await RowAsync(id);
        Assert.Equal("A0105", created.Code);

        var move = AreaInput.From(created);
        move.ParentId = await app.AreaIdAsync("A02");
        Assert.True(await app.AsAdminAsync<AreaAdmin, bool>(s => s.UpdateAsync(id, move, created.Version)));
        var moved = await RowAsync(id);
        await app.AsAdminAsync<AreaAdmin>(s => s.SetActiveAsync(id, false, moved.Version));
        Assert.False((await RowAsync(id)).IsActive);

        var audit = await app.AuditOfAsync(id);
        Assert.Equal(["新建属地区域", "移动属地区域", "停用属地区域"], audit.Select(a => a.Action));
        Assert.Contains("上级区域：城关街道 → 东城街道", audit[1].Detail);
    }

    [Fact]
    public async Task Levels_must_match_the_parent()
    {
        var county = await app.AreaIdAsync("A00");
        var village = await app.AreaIdAsync("A0101");
        var e = await RefusedAsync(s => s.CreateAsync(new AreaInput { Code = "A-X1", Name = "错层的村", Level = AreaLevel.Village, ParentId = county }));
        Assert.Equal("村/社区必须隶属于乡镇/街道。", e.Message);
        e = await RefusedAsync(s => s.CreateAsync(new AreaInput { Code = "A-X2", Name = "村下的村", Level = AreaLevel.Village, ParentId = village }));
        Assert.Equal("村/社区必须隶属于乡镇/街道。", e.Message);
        e = await RefusedAsync(s => s.CreateAsync(new AreaInput { Code = "A-X3", Name = "无上级的街道", Level = AreaLevel.Township }));
        Assert.Equal("乡镇/街道必须隶属于县级区域。", e.Message);

        // A street with communities keeps its level.
        var street = await app.AreaIdAsync("A03");
        var row = await RowAsync(street);
        var relevel = AreaInput.From(row);
        relevel.Level = AreaLevel.Village;
        e = await RefusedAsync(s => s.UpdateAsync(street, relevel, row.Version));
        Assert.Equal("该区域下还有下级区域，不能修改层级。", e.Message);
    }

    [Fact]
    public async Task An_area_cannot_move_under_itself_or_its_descendant()
    {
        var county = await app.AreaIdAsync("A00");
        var row = await RowAsync(county);
        var move = AreaInput.From(row);
        move.ParentId = await app.AreaIdAsync("A0401");
        var e = await RefusedAsync(s => s.UpdateAsync(county, move, row.Version));
        Assert.Equal("不能把区域移到其自身或下级区域之下", e.Message);
    }

    [Fact]
    public async Task Deactivation_is_refused_while_sub_areas_or_units_remain_active()
    {
        var street = await app.AreaIdAsync("A05");
        var row = await RowAsync(street);
        var e = await RefusedAsync(s => s.SetActiveAsync(street, false, row.Version));
        Assert.Contains("启用的下级区域", e.Message);
        Assert.Contains("属于该区域的启用成员单位（桃园镇人民政府）", e.Message);
    }

    [Fact]
    public async Task Codes_are_unique_and_stale_versions_refused()
    {
        var e = await RefusedAsync(s => s.CreateAsync(new AreaInput { Code = "a01", Name = "重复", Level = AreaLevel.County }));
        Assert.Equal("区域编码“A01”已被“城关街道”使用，请换一个编码。", e.Message);

        var id = await app.AreaIdAsync("A0601");
        var loaded = await RowAsync(id);
        var first = AreaInput.From(loaded);
        first.Name = "石桥村（一）";
        var second = AreaInput.From(loaded);
        second.Name = "石桥村（二）";
        Assert.True(await app.AsAdminAsync<AreaAdmin, bool>(s => s.UpdateAsync(id, first, loaded.Version)));
        e = await RefusedAsync(s => s.UpdateAsync(id, second, loaded.Version));
        Assert.Equal("该记录已被他人修改，请刷新后重试。", e.Message);
        Assert.Equal("石桥村（一）", (await RowAsync(id)).Name);
    }
}

public sealed class SqliteAreaAdminTests(SqliteApp app) : AreaAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbAreaAdminTests(MariaDbApp app) : AreaAdminTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
