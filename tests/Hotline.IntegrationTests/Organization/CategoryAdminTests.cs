using Hotline.Administration.Categories;
using Hotline.Administration.Domain;
using Hotline.Administration.RequestTypes;
using Hotline.Administration.Units;
using Hotline.Platform;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Hotline.IntegrationTests.Organization;

/// <summary>The matter-category admin service and the request-type limits.</summary>
public abstract class CategoryAdminTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    private Task<CategoryRow> RowAsync(Guid id) =>
        app.AsAdminAsync<CategoryAdmin, CategoryRow>(async s => (await s.ListAsync()).Single(c => c.Id == id));

    private async Task<BusinessRuleException> RefusedAsync<TService>(Func<TService, Task> work) where TService : notnull =>
        await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsAdminAsync(work));

    [Fact]
    public async Task A_category_with_default_unit_statutory_limit_and_kind_is_created_edited_and_audited()
    {
        var parent = await app.CategoryIdAsync("C01");
        var housing = await app.UnitIdAsync("ZJJ");
        var id = await app.AsAdminAsync<CategoryAdmin, Guid>(s => s.CreateAsync(new CategoryInput
        {
            Code = "c0190", Name = "住房租赁纠纷", ParentId = parent, DefaultUnitId = housing, StatutoryWorkingDays = 10, Kind = CategoryKind.AdministrativeMediation,
        }));
        var created = await RowAsync(id);
        Assert.Equal(("C0190", housing, 10, CategoryKind.AdministrativeMediation), (created.Code, created.DefaultUnitId!.Value, created.StatutoryWorkingDays!.Value, created.Kind));

        var edit = CategoryInput.From(created);
        edit.StatutoryWorkingDays = null;
        edit.DefaultUnitId = await app.UnitIdAsync("SCJGJ");
        Assert.True(await app.AsAdminAsync<CategoryAdmin, bool>(s => s.UpdateAsync(id, edit, created.Version)));
        var edited = await RowAsync(id);
        Assert.Null(edited.StatutoryWorkingDays);

        var audit = await app.AuditOfAsync(id);
        Assert.Equal(["新建事项分类", "修改事项分类"], audit.Select(a => a.Action));
        Assert.Contains("法定办结时限：10 个工作日 → （空）", audit[1].Detail);
        Assert.Contains("默认承办单位：县住房和城乡建设局 → 县市场监督管理局", audit[1].Detail);
    }

    [Fact]
    public async Task The_catalog_agents_register_with_shows_an_edit_at_once_although_it_is_kept_in_memory()
    {
        var parent = await app.CategoryIdAsync("C01");
        var id = await app.AsAdminAsync<CategoryAdmin, Guid>(s => s.CreateAsync(new CategoryInput { Code = "C0191", Name = "物业维修基金", ParentId = parent }));
        Task<CategoryInfo?> CatalogAsync() => app.WithScopeAsync(sp => sp.GetRequiredService<ICategoryCatalog>().GetCategoryAsync(id));
        Assert.Equal("物业维修基金", (await CatalogAsync())!.Name);
        Assert.Equal("物业维修基金", (await CatalogAsync())!.Name); // the second read comes from memory

        var row = await RowAsync(id);
        var edit = CategoryInput.From(row);
        edit.Name = "住宅专项维修资金";
        edit.StatutoryWorkingDays = 7;
        Assert.True(await app.AsAdminAsync<CategoryAdmin, bool>(s => s.UpdateAsync(id, edit, row.Version)));

        var changed = (await CatalogAsync())!;
        Assert.Equal(("住宅专项维修资金", 7), (changed.Name, changed.StatutoryWorkingDays!.Value));
        Assert.Equal(7, await app.WithScopeAsync(sp => sp.GetRequiredService<ICategoryCatalog>().CompletionWorkingDaysAsync(RequestTypeCode.Complaint, id)));
    }

    [Fact]
    public async Task Statutory_limit_outside_1_to_60_and_inactive_default_unit_are_refused()
    {
        var e = await RefusedAsync<CategoryAdmin>(s => s.CreateAsync(new CategoryInput { Code = "C-BAD1", Name = "超限", StatutoryWorkingDays = 61 }));
        Assert.Equal("法定办结时限应为 1 到 60 个工作日", e.Message);
        e = await RefusedAsync<CategoryAdmin>(s => s.CreateAsync(new CategoryInput { Code = "C-BAD2", Name = "零天", StatutoryWorkingDays = 0 }));
        Assert.Equal("法定办结时限应为 1 到 60 个工作日", e.Message);

        var unit = await app.AsAdminAsync<UnitAdmin, Guid>(s => s.CreateAsync(new UnitInput { Code = "C-UNIT", Name = "已停用的测试单位", IsActive = false }));
        e = await RefusedAsync<CategoryAdmin>(s => s.CreateAsync(new CategoryInput { Code = "C-BAD3", Name = "派给停用单位", DefaultUnitId = unit }));
        Assert.Equal("单位“已停用的测试单位”已停用，不能作为默认承办单位。", e.Message);
    }

    [Fact]
    public async Task Tree_rules_apply_to_categories()
    {
        var root = await app.CategoryIdAsync("C02");
        var row = await RowAsync(root);
        var move = CategoryInput.From(row);
        move.ParentId = await app.CategoryIdAsync("C0201");
        var e = await RefusedAsync<CategoryAdmin>(s => s.UpdateAsync(root, move, row.Version));
        Assert.Equal("不能把分类移到其自身或下级分类之下", e.Message);

        e = await RefusedAsync<CategoryAdmin>(s => s.SetActiveAsync(root, false, row.Version));
        Assert.Contains("启用的下级分类（食品安全、消费者投诉、价格收费 等", e.Message);

        e = await RefusedAsync<CategoryAdmin>(s => s.CreateAsync(new CategoryInput { Code = "c0101", Name = "重复" }));
        Assert.Equal("分类编码“C0101”已被“物业管理”使用，请换一个编码。", e.Message);
    }

    [Fact]
    public async Task A_leaf_can_be_deactivated_and_reactivated()
    {
        var leaf = await app.CategoryIdAsync("C0104");
        var row = await RowAsync(leaf);
        await app.AsAdminAsync<CategoryAdmin>(s => s.SetActiveAsync(leaf, false, row.Version));
        var inactive = await RowAsync(leaf);
        Assert.False(inactive.IsActive);
        await app.AsAdminAsync<CategoryAdmin>(s => s.SetActiveAsync(leaf, true, inactive.Version));
        Assert.True((await RowAsync(leaf)).IsActive);
        Assert.Equal(["停用事项分类", "启用事项分类"], (await app.AuditOfAsync(leaf)).Select(a => a.Action));
    }

    [Fact]
    public async Task Request_type_limits_are_editable_within_1_to_60_audited_and_version_checked()
    {
        var types = await app.AsAdminAsync<RequestTypeAdmin, IReadOnlyList<RequestTypeRow>>(s => s.ListAsync());
        Assert.Equal(["咨询", "求助", "投诉", "举报", "意见建议", "表扬"], types.Select(t => t.Name));
        var suggestion = types.Single(t => t.Code == RequestTypeCode.Suggestion);

        Assert.True(await app.AsAdminAsync<RequestTypeAdmin, bool>(s => s.SetCompletionLimitAsync(RequestTypeCode.Suggestion, 10, suggestion.Version)));
        var e = await RefusedAsync<RequestTypeAdmin>(s => s.SetCompletionLimitAsync(RequestTypeCode.Suggestion, 8, suggestion.Version));
        Assert.Equal("该记录已被他人修改，请刷新后重试。", e.Message);

        var current = (await app.AsAdminAsync<RequestTypeAdmin, IReadOnlyList<RequestTypeRow>>(s => s.ListAsync())).Single(t => t.Code == RequestTypeCode.Suggestion);
        Assert.Equal(10, current.CompletionWorkingDays);
        foreach (var days in new[] { 0, 61 })
        {
            e = await RefusedAsync<RequestTypeAdmin>(s => s.SetCompletionLimitAsync(RequestTypeCode.Suggestion, days, current.Version));
            Assert.Equal("办结时限应为 1 到 60 个工作日。", e.Message);
        }

        var audit = await app.ReadAsync(db => Task.FromResult(db.AuditLog.Where(a => a.ObjectType == nameof(RequestType) && a.ObjectId == "Suggestion").ToList()));
        var entry = Assert.Single(audit);
        Assert.Equal("修改诉求类型办结时限", entry.Action);
        Assert.Equal("意见建议：5 → 10 个工作日", entry.Detail);
    }
}

public sealed class SqliteCategoryAdminTests(SqliteApp app) : CategoryAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbCategoryAdminTests(MariaDbApp app) : CategoryAdminTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
