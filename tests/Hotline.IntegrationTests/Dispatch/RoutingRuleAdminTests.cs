using Hotline.Administration.Domain;
using Hotline.Administration.Persistence;
using Hotline.Dispatch.Dispatching;
using Hotline.Dispatch.Routing;
using Hotline.Dispatch.Settings;
using Hotline.Intake.Contracts;
using Hotline.Platform;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static Hotline.IntegrationTests.Dispatch.DispatchTestData;

namespace Hotline.IntegrationTests.Dispatch;

public abstract class RoutingRuleAdminTests<TApp>(TApp app) where TApp : HotlineAppFactory
{
    [Fact]
    public async Task The_demo_rules_are_seeded_once_and_listed_with_names()
    {
        var page = await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>().ListAsync(new RoutingRuleFilter(), 0, 50));
        var property = Assert.Single(page.Rows, r => r.CategoryName.EndsWith("物业管理") && r.AreaId is null);
        Assert.Equal("县住房和城乡建设局", property.LeadUnitName);
        Assert.Equal(["县市场监督管理局"], property.CoUnitNames);
        Assert.Empty(property.Problems);
    }

    [Fact]
    public async Task Invalid_rules_are_refused_with_reasons()
    {
        var (category, area) = await PlaceAsync("C0203", "A06");
        var zjj = await UnitAsync(app, "ZJJ");
        var scjgj = await UnitAsync(app, "SCJGJ");

        async Task<string> Refusal(RoutingRuleInput input) => (await Assert.ThrowsAsync<BusinessRuleException>(() =>
            app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>().SaveAsync(input)))).Message;

        Assert.Equal("请选择事项分类。", await Refusal(new RoutingRuleInput { LeadUnitId = zjj }));
        Assert.Equal("请选择主办单位。", await Refusal(new RoutingRuleInput { CategoryId = category }));
        Assert.Equal("协办单位不能与主办单位相同。", await Refusal(new RoutingRuleInput { CategoryId = category, LeadUnitId = zjj, CoUnitIds = [zjj] }));
        Assert.Contains("不存在", await Refusal(new RoutingRuleInput { CategoryId = Guid.NewGuid(), LeadUnitId = zjj }));
        Assert.Contains("不存在", await Refusal(new RoutingRuleInput { CategoryId = category, AreaId = Guid.NewGuid(), LeadUnitId = zjj }));

        var id = await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>()
            .SaveAsync(new RoutingRuleInput { CategoryId = category, AreaId = area, LeadUnitId = scjgj, CoUnitIds = [zjj], Note = "石桥镇价格收费" }));
        Assert.Contains("相同事项分类和属地", await Refusal(new RoutingRuleInput { CategoryId = category, AreaId = area, LeadUnitId = zjj }));
        await app.WithScopeAsync(async sp => Assert.True(await sp.GetRequiredService<PlatformDbContext>().AuditLog
            .AnyAsync(a => a.Action == "新增派单规则" && a.ObjectId == id.ToString() && a.UserName == "admin")));
    }

    [Fact]
    public async Task Edits_are_versioned_and_deactivated_places_flag_the_rule()
    {
        var (category, area) = await PlaceAsync("C0402", "A07");
        var bus = await UnitAsync(app, "GJGS");
        var transport = await UnitAsync(app, "JTYSJ");
        var id = await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>()
            .SaveAsync(new RoutingRuleInput { CategoryId = category, AreaId = area, LeadUnitId = bus }));
        var loaded = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>().GetAsync(id)))!;

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>()
            .SaveAsync(new RoutingRuleInput { Id = id, Version = loaded.Version, CategoryId = category, AreaId = area, LeadUnitId = bus, CoUnitIds = [transport] }));
        var stale = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<RoutingRuleAdmin>().SetActiveAsync(id, false, loaded.Version)));
        Assert.Equal(RoutingRuleAdmin.ConflictMessage, stale.Message);

        await app.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<AdministrationDbContext>();
            (await db.Areas.SingleAsync(a => a.Id == area)).IsActive = false;
            await db.SaveChangesAsync();
        });
        var row = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>().GetAsync(id)))!;
        Assert.Contains("属地已停用", row.Problems);
        Assert.Equal(["县交通运输局"], row.CoUnitNames);

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>().SetActiveAsync(id, false, row.Version));
        var inactive = (await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>().GetAsync(id)))!;
        Assert.False(inactive.IsActive);
        var reactivate = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<RoutingRuleAdmin>().SetActiveAsync(id, true, inactive.Version)));
        Assert.Contains("已停用", reactivate.Message);

        var byUnit = await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>()
            .ListAsync(new RoutingRuleFilter { UnitId = transport, IncludeInactive = true }, 0, 50));
        Assert.Contains(byUnit.Rows, r => r.Id == id);
        var activeOnly = await app.AsUserAsync("admin", sp => sp.GetRequiredService<RoutingRuleAdmin>()
            .ListAsync(new RoutingRuleFilter { UnitId = transport }, 0, 50));
        Assert.DoesNotContain(activeOnly.Rows, r => r.Id == id);
    }

    [Theory]
    [InlineData("dispatcher")]
    [InlineData("supervisor")]
    [InlineData("zjj.mgr")]
    public async Task Only_the_administrator_maintains_rules_and_settings(string user)
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<RoutingRuleAdmin>().ListAsync(new RoutingRuleFilter(), 0, 20)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<RoutingRuleAdmin>().SaveAsync(new RoutingRuleInput())));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => app.AsUserAsync(user, sp =>
            sp.GetRequiredService<DispatchSettingsService>().SaveAsync(new DispatchSettings())));
    }

    [Fact]
    public async Task Settings_are_validated_and_saved()
    {
        var invalid = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<DispatchSettingsService>().SaveAsync(new DispatchSettings { UrgentSignForHours = 10, ReturnWindowWorkingDays = 0 })));
        Assert.Contains("特急 ≤ 紧急 ≤ 一般", invalid.Message);
        Assert.Contains("退单申请期限", invalid.Message);

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<DispatchSettingsService>().SaveAsync(new DispatchSettings { CoOpinionWorkingDays = 4 }));
        var saved = await app.WithScopeAsync(sp => sp.GetRequiredService<DispatchSettingsService>().GetAsync());
        Assert.Equal(4, saved.CoOpinionWorkingDays);
        await app.AsUserAsync("admin", sp => sp.GetRequiredService<DispatchSettingsService>().SaveAsync(new DispatchSettings()));
    }

    [Fact]
    public async Task Sign_for_counted_in_office_hours_is_saved_and_used_for_new_dispatches_and_bad_hours_are_refused()
    {
        var refused = await Assert.ThrowsAsync<BusinessRuleException>(() => app.AsUserAsync("admin", sp =>
            sp.GetRequiredService<DispatchSettingsService>().SaveAsync(new DispatchSettings { NormalSignForClock = SignForClock.OfficeHours, OfficeHours = "14:00-12:00" })));
        Assert.Contains("须晚于开始时间", refused.Message);
        Assert.Equal(SignForClock.Elapsed, (await app.WithScopeAsync(sp => sp.GetRequiredService<DispatchSettingsService>().GetAsync())).NormalSignForClock);

        await app.AsUserAsync("admin", sp => sp.GetRequiredService<DispatchSettingsService>().SaveAsync(
            new DispatchSettings { NormalSignForClock = SignForClock.OfficeHours, OfficeHours = "9:00-12:00,13:30-17:00" }));
        try
        {
            var (category, _) = await PlaceAsync("C0203", "A06");
            // Thursday 2026-11-26 22:31 China time: 3 h + 3.5 h on Friday, the last 1.5 h on Monday 11-30 from 09:00.
            var nightUtc = Hotline.Platform.Time.ChinaTime.FromChina(new DateTime(2026, 11, 26, 22, 31, 0));
            var terms = await app.WithScopeAsync(sp => sp.GetRequiredService<DeadlineTerms>()
                .ComputeAsync(nightUtc, Urgency.Normal, RequestTypeCode.Complaint, category));
            Assert.Equal(Hotline.Platform.Time.ChinaTime.FromChina(new DateTime(2026, 11, 30, 10, 30, 0)), terms.SignFor.DueUtc);
            Assert.Contains("09:00-12:00,13:30-17:00", terms.SignForRule);
        }
        finally
        {
            await app.AsUserAsync("admin", sp => sp.GetRequiredService<DispatchSettingsService>().SaveAsync(new DispatchSettings()));
        }
    }

    private async Task<(Guid Category, Guid Area)> PlaceAsync(string categoryCode, string areaCode) =>
        await app.WithScopeAsync(async sp =>
        {
            var category = (await sp.GetRequiredService<ICategoryCatalog>().ActiveCategoriesAsync()).Single(c => c.Code == categoryCode);
            var area = (await sp.GetRequiredService<IAreaDirectory>().ActiveAreasAsync()).Single(a => a.Code == areaCode);
            return (category.Id, area.Id);
        });
}

public sealed class SqliteRoutingRuleAdminTests(SqliteApp app) : RoutingRuleAdminTests<SqliteApp>(app), IClassFixture<SqliteApp>;

public sealed class MariaDbRoutingRuleAdminTests(MariaDbApp app) : RoutingRuleAdminTests<MariaDbApp>(app), IClassFixture<MariaDbApp>;
