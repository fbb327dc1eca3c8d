using Hotline.Administration.Domain;
using Hotline.Platform;
using Hotline.Platform.Organization;

namespace Hotline.UnitTests.Organization;

public sealed class AreaRulesTests
{
    [Theory]
    [InlineData(AreaLevel.County, null)]
    [InlineData(AreaLevel.Township, AreaLevel.County)]
    [InlineData(AreaLevel.Village, AreaLevel.Township)]
    public void Levels_follow_the_parent(AreaLevel level, AreaLevel? parent) => AreaRules.EnsurePlacement(level, parent);

    [Theory]
    [InlineData(AreaLevel.County, AreaLevel.County, "县级区域不能有上级区域。")]
    [InlineData(AreaLevel.Township, null, "乡镇/街道必须隶属于县级区域。")]
    [InlineData(AreaLevel.Township, AreaLevel.Township, "乡镇/街道必须隶属于县级区域。")]
    [InlineData(AreaLevel.Village, AreaLevel.County, "村/社区必须隶属于乡镇/街道。")]
    [InlineData(AreaLevel.Village, AreaLevel.Village, "村/社区必须隶属于乡镇/街道。")]
    public void Inconsistent_levels_are_refused(AreaLevel level, AreaLevel? parent, string message) =>
        Assert.Equal(message, Assert.Throws<BusinessRuleException>(() => AreaRules.EnsurePlacement(level, parent)).Message);

    [Fact]
    public void The_level_of_an_area_with_children_is_fixed()
    {
        Assert.Throws<BusinessRuleException>(() => AreaRules.EnsureLevelChange(AreaLevel.Township, AreaLevel.Village, hasChildren: true));
        AreaRules.EnsureLevelChange(AreaLevel.Township, AreaLevel.Village, hasChildren: false);
        AreaRules.EnsureLevelChange(AreaLevel.Township, AreaLevel.Township, hasChildren: true);
    }

    [Fact]
    public void Deactivation_is_refused_while_sub_areas_or_units_are_active()
    {
        Assert.Null(AreaRules.DeactivationRefusal([], []));
        var message = AreaRules.DeactivationRefusal(["文昌社区"], ["城关街道办事处"]);
        Assert.Contains("1 个启用的下级区域（文昌社区）", message);
        Assert.Contains("1 个属于该区域的启用成员单位（城关街道办事处）", message);
    }
}
