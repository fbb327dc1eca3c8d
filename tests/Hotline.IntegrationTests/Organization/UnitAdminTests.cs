using Hotline.Administration.Domain;
using Hotline.Administration.Units;
using Hotline.Platform;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;

namespace Hotline.IntegrationTests.Organization;

/// <summary>The member-unit admin service against a real database: tree rules, uniqueness, concurrency, audit.</summary>
public abstract class UnitAdminTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<UnitRow> RowAsync(Guid id) =>
        app.AsAdminAsync<UnitAdmin, UnitRow>(async s => (await s.ListAsync()).Single(u => u.Id == id));

    private Task<Guid> CreateAsync(UnitInput input) => app.AsAdminAsync<UnitAdmin, Guid>(s => s.CreateAsync(input));

    private async Task<BusinessRuleException> RefusedAsync(Func<UnitAdmin, Task> work) =>
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(work));

    [Fact]
    public async Task Create_edit_move_deactivate_and_reactivate_are_saved_and_audited()
    {
        var id = await CreateAsync(new UnitInput { Code = "ut-life", Name = "县测试局", Type = UnitType.CountyDepartment, Leader = "张三", ContactPhone = "0000-1234567" });
        var created = await RowAsync(id);
        Assert.Equal("UT-LIFE", created.Code);
        Assert.True(created.IsActive);
        Assert.Null(created.ParentId);

        var edit = UnitInput.From(created);
        edit.Name = "县测试管理局";
        Assert.True(await app.AsAdminAsync<UnitAdmin, bool>(s => s.UpdateAsync(id, edit, created.Version)));

        var housing = await app.UnitIdAsync("ZJJ");
        var renamed = await RowAsync(id);
        var move = UnitInput.From(renamed);
        move.ParentId = housing;
        Assert.True(await app.AsAdminAsync<UnitAdmin, bool>(s => s.UpdateAsync(id, move, renamed.Version)));

        var moved = await RowAsync(id);
        Assert.Equal(housing, moved.ParentId);
        await app.AsAdminAsync<UnitAdmin>(s => s.SetActiveAsync(id, false, moved.Version));
        var inactive = await RowAsync(id);
        Assert.False(inactive.IsActive);
        await app.AsAdminAsync<UnitAdmin>(s => s.SetActiveAsync(id, true, inactive.Version));
        Assert.True((await RowAsync(id)).IsActive);

        var audit = await app.AuditOfAsync(id);
        Assert.Equal(["新建成员单位", "修改成员单位", "移动成员单位", "停用成员单位", "启用成员单位"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("admin", a.UserName));
        Assert.All(audit, a => Assert.Equal(nameof(MemberUnit), a.ObjectType));
        Assert.Contains("编码：（空） → UT-LIFE", audit[0].Detail);
        Assert.Contains("名称：县测试局 → 县测试管理局", audit[1].Detail);
        Assert.Contains("上级单位：（空） → 县住房和城乡建设局", audit[2].Detail);
        Assert.Equal(HotlineAppFactory.DefaultStart.UtcDateTime, audit[0].AtUtc);
    }

    [Fact]
    public async Task An_edit_without_changes_saves_nothing()
    {
        var id = await app.UnitIdAsync("SCJGJ");
        var row = await RowAsync(id);
        var before = (await app.AuditOfAsync(id)).Count;
        Assert.False(await app.AsAdminAsync<UnitAdmin, bool>(s => s.UpdateAsync(id, UnitInput.From(row), row.Version)));
        Assert.Equal(before, (await app.AuditOfAsync(id)).Count);
        Assert.Equal(row.Version, (await RowAsync(id)).Version);
    }

    [Fact]
    public async Task Codes_are_unique_whatever_their_case()
    {
        var e = await RefusedAsync(s => s.CreateAsync(new UnitInput { Code = "zjj", Name = "另一个住建局" }));
        Assert.Equal("单位编码“ZJJ”已被“县住房和城乡建设局”使用，请换一个编码。", e.Message);

        var id = await app.UnitIdAsync("GAJ");
        var row = await RowAsync(id);
        var edit = UnitInput.From(row);
        edit.Code = "Scjgj";
        e = await RefusedAsync(s => s.UpdateAsync(id, edit, row.Version));
        Assert.Contains("已被“县市场监督管理局”使用", e.Message);
        Assert.Equal(0, await app.ReadAsync(db => db.Units.CountAsync(u => u.Name == "另一个住建局")));
    }

    [Fact]
    public async Task The_second_of_two_edits_from_the_same_loaded_version_is_refused()
    {
        var id = await app.UnitIdAsync("JYJ");
        var loaded = await RowAsync(id);
        var first = UnitInput.From(loaded);
        first.Leader = "第一位管理员填写";
        var second = UnitInput.From(loaded);
        second.ContactPhone = "0000-9999999";

        Assert.True(await app.AsAdminAsync<UnitAdmin, bool>(s => s.UpdateAsync(id, first, loaded.Version)));
        var e = await RefusedAsync(s => s.UpdateAsync(id, second, loaded.Version));
        Assert.Equal("该记录已被他人修改，请刷新后重试。", e.Message);

        var stored = await RowAsync(id);
        Assert.Equal("第一位管理员填写", stored.Leader);
        Assert.NotEqual("0000-9999999", stored.ContactPhone);
        e = await RefusedAsync(s => s.SetActiveAsync(id, false, loaded.Version));
        Assert.Equal("该记录已被他人修改，请刷新后重试。", e.Message);
    }

    [Fact]
    public async Task A_unit_cannot_move_under_itself_or_its_own_descendant()
    {
        var street = await app.UnitIdAsync("CGJD");
        var community = await app.UnitIdAsync("CGJD-01");
        var row = await RowAsync(street);
        foreach (var target in new[] { street, community })
        {
            var move = UnitInput.From(row);
            move.ParentId = target;
            var e = await RefusedAsync(s => s.UpdateAsync(street, move, row.Version));
            Assert.Equal("不能把单位移到其自身或下级单位之下", e.Message);
        }
        Assert.Null((await RowAsync(street)).ParentId);
    }

    [Fact]
    public async Task A_village_must_sit_under_a_township()
    {
        var housing = await app.UnitIdAsync("ZJJ");
        var e = await RefusedAsync(s => s.CreateAsync(new UnitInput { Code = "UT-V1", Name = "错挂的村委会", Type = UnitType.Village, ParentId = housing }));
        Assert.Contains("村/社区必须隶属于乡镇/街道", e.Message);
        e = await RefusedAsync(s => s.CreateAsync(new UnitInput { Code = "UT-V2", Name = "无上级的村委会", Type = UnitType.Village }));
        Assert.Contains("村/社区必须隶属于乡镇/街道", e.Message);

        var village = await app.UnitIdAsync("DCJD-02");
        var row = await RowAsync(village);
        var move = UnitInput.From(row);
        move.ParentId = housing;
        e = await RefusedAsync(s => s.UpdateAsync(village, move, row.Version));
        Assert.Contains("村/社区必须隶属于乡镇/街道", e.Message);

        // Moving it to another street is fine.
        move.ParentId = await app.UnitIdAsync("XGJD");
        Assert.True(await app.AsAdminAsync<UnitAdmin, bool>(s => s.UpdateAsync(village, move, row.Version)));

        // And the street that has villages cannot stop being a township.
        var street = await app.UnitIdAsync("XGJD");
        var streetRow = await RowAsync(street);
        var retype = UnitInput.From(streetRow);
        retype.Type = UnitType.CountyDepartment;
        e = await RefusedAsync(s => s.UpdateAsync(street, retype, streetRow.Version));
        Assert.Contains("类型只能是乡镇/街道", e.Message);
    }

    [Fact]
    public async Task The_center_cannot_be_deactivated_moved_or_duplicated()
    {
        var center = await app.UnitIdAsync("ZX");
        var row = await RowAsync(center);
        var e = await RefusedAsync(s => s.SetActiveAsync(center, false, row.Version));
        Assert.Equal("热线管理中心不能停用。", e.Message);

        var move = UnitInput.From(row);
        move.ParentId = await app.UnitIdAsync("ZJJ");
        e = await RefusedAsync(s => s.UpdateAsync(center, move, row.Version));
        Assert.Equal("热线管理中心不能移动。", e.Message);

        e = await RefusedAsync(s => s.CreateAsync(new UnitInput { Code = "ZX2", Name = "第二个中心", Type = UnitType.Center }));
        Assert.Equal("系统中只能有一个热线管理中心。", e.Message);
        Assert.True((await RowAsync(center)).IsActive);
    }

    [Fact]
    public async Task Deactivation_says_what_still_depends_on_the_unit()
    {
        var street = await app.UnitIdAsync("NHX");
        var streetRow = await RowAsync(street);
        var e = await RefusedAsync(s => s.SetActiveAsync(street, false, streetRow.Version));
        Assert.Contains("5 个启用的下级单位", e.Message);
        Assert.Contains("南湖社区居委会", e.Message);

        var housing = await app.UnitIdAsync("ZJJ");
        var housingRow = await RowAsync(housing);
        e = await RefusedAsync(s => s.SetActiveAsync(housing, false, housingRow.Version));
        Assert.Contains("2 个启用的用户账号", e.Message);
        Assert.Contains("默认承办单位", e.Message);
        Assert.Contains("物业管理", e.Message);
        Assert.True((await RowAsync(housing)).IsActive);
    }

    [Fact]
    public async Task Nothing_may_be_placed_under_an_inactive_unit_and_its_children_come_back_only_after_it()
    {
        var parent = await CreateAsync(new UnitInput { Code = "UT-P", Name = "县测试上级", Type = UnitType.CountyDepartment });
        var child = await CreateAsync(new UnitInput { Code = "UT-C", Name = "县测试下级", Type = UnitType.CountyDepartment, ParentId = parent });
        await app.AsAdminAsync<UnitAdmin>(async s => await s.SetActiveAsync(child, false, (await RowAsync(child)).Version));
        await app.AsAdminAsync<UnitAdmin>(async s => await s.SetActiveAsync(parent, false, (await RowAsync(parent)).Version));

        var e = await RefusedAsync(s => s.CreateAsync(new UnitInput { Code = "UT-C2", Name = "县测试下级二", ParentId = parent }));
        Assert.Contains("已停用", e.Message);
        var childRow = await RowAsync(child);
        e = await RefusedAsync(s => s.SetActiveAsync(child, true, childRow.Version));
        Assert.Equal("上级单位“县测试上级”已停用，请先启用上级单位。", e.Message);
    }

    [Fact]
    public async Task Invalid_input_is_refused_by_the_service_itself()
    {
        var e = await RefusedAsync(s => s.CreateAsync(new UnitInput { Code = " ", Name = "" }));
        Assert.Contains("请填写单位编码", e.Message);
        Assert.Contains("请填写单位名称", e.Message);
        e = await RefusedAsync(s => s.CreateAsync(new UnitInput { Code = "UT-PH", Name = "县测试局", ContactPhone = "打电话" }));
        Assert.Contains("联系电话只能包含数字", e.Message);
    }
}

public sealed class SqliteUnitAdminTests(SqliteApp app) : UnitAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbUnitAdminTests(MariaDbApp app) : UnitAdminTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
