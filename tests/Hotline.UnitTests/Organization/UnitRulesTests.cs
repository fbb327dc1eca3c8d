using Hotline.Administration.Domain;
using Hotline.Platform;
using Hotline.Platform.Organization;

namespace Hotline.UnitTests.Organization;

public sealed class UnitRulesTests
{
    [Theory]
    [InlineData(UnitType.CountyDepartment)]
    [InlineData(UnitType.PublicEnterprise)]
    [InlineData(UnitType.Village)]
    [InlineData(null)]
    public void A_village_must_sit_under_a_township(UnitType? parentType)
    {
        var e = Assert.Throws<BusinessRuleException>(() => UnitRules.EnsurePlacement(UnitType.Village, parentType));
        Assert.Contains("村/社区必须隶属于乡镇/街道", e.Message);
    }

    [Fact]
    public void Valid_placements_pass()
    {
        UnitRules.EnsurePlacement(UnitType.Village, UnitType.Township);
        UnitRules.EnsurePlacement(UnitType.Township, null);
        UnitRules.EnsurePlacement(UnitType.CountyDepartment, UnitType.CountyDepartment);
        UnitRules.EnsurePlacement(UnitType.Center, null);
    }

    [Fact]
    public void The_center_has_no_parent_cannot_move_and_keeps_its_type()
    {
        Assert.Throws<BusinessRuleException>(() => UnitRules.EnsurePlacement(UnitType.Center, UnitType.CountyDepartment));
        Assert.Equal("热线管理中心不能移动。", Assert.Throws<BusinessRuleException>(() => UnitRules.EnsureCanMove(UnitType.Center)).Message);
        Assert.Throws<BusinessRuleException>(() => UnitRules.EnsureTypeChange(UnitType.Center, UnitType.CountyDepartment, []));
        Assert.Throws<BusinessRuleException>(() => UnitRules.EnsureTypeChange(UnitType.CountyDepartment, UnitType.Center, []));
        UnitRules.EnsureCanMove(UnitType.Township);
    }

    [Fact]
    public void A_township_with_villages_must_stay_a_township()
    {
        var e = Assert.Throws<BusinessRuleException>(() =>
            UnitRules.EnsureTypeChange(UnitType.Township, UnitType.CountyDepartment, [UnitType.Village, UnitType.CountyDepartment]));
        Assert.Contains("类型只能是乡镇/街道", e.Message);
        UnitRules.EnsureTypeChange(UnitType.Township, UnitType.CountyDepartment, [UnitType.CountyDepartment]);
        UnitRules.EnsureTypeChange(UnitType.Township, UnitType.Township, [UnitType.Village]);
    }

    [Fact]
    public void Deactivation_names_every_blocker()
    {
        Assert.Equal("热线管理中心不能停用。", UnitRules.DeactivationRefusal(UnitType.Center, [], 0, []));
        Assert.Null(UnitRules.DeactivationRefusal(UnitType.Township, [], 0, []));

        var message = UnitRules.DeactivationRefusal(UnitType.Township, ["文昌社区居委会", "鼓楼社区居委会", "府前社区居委会", "北关社区居委会"], 2, ["物业管理"]);
        Assert.NotNull(message);
        Assert.Contains("4 个启用的下级单位（文昌社区居委会、鼓楼社区居委会、府前社区居委会 等 4 个）", message);
        Assert.Contains("2 个启用的用户账号", message);
        Assert.Contains("1 个以它为默认承办单位的启用事项分类（物业管理）", message);

        var usersOnly = UnitRules.DeactivationRefusal(UnitType.CountyDepartment, [], 1, []);
        Assert.Equal("该单位还有 1 个启用的用户账号，请先停用或调整后再停用本单位。", usersOnly);
    }
}
