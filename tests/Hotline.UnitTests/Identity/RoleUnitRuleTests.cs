using Hotline.Platform.Identity;
using Hotline.Platform.Organization;

namespace Hotline.UnitTests.Identity;

public sealed class RoleUnitRuleTests
{
    [Theory]
    [InlineData(HotlineRoles.UnitHandler, UnitType.CountyDepartment)]
    [InlineData(HotlineRoles.UnitManager, UnitType.Township)]
    [InlineData(HotlineRoles.UnitHandler, UnitType.Village)]
    [InlineData(HotlineRoles.UnitManager, UnitType.PublicEnterprise)]
    [InlineData(HotlineRoles.Agent, UnitType.Center)]
    [InlineData(HotlineRoles.CenterAdmin, UnitType.Center)]
    [InlineData(HotlineRoles.Assessor, UnitType.Center)]
    public void Allowed_pairs_pass(string role, UnitType unitType)
    {
        Assert.Null(RoleUnitRule.Check(role, unitType));
    }

    [Theory]
    [InlineData(HotlineRoles.UnitHandler)]
    [InlineData(HotlineRoles.UnitManager)]
    public void Unit_roles_may_not_sit_in_the_center(string role)
    {
        Assert.Equal(RoleUnitRule.UnitRoleOutsideCenter, RoleUnitRule.Check(role, UnitType.Center));
    }

    [Fact]
    public void Every_center_role_must_sit_in_the_center()
    {
        foreach (var role in HotlineRoles.All.Where(r => !HotlineRoles.IsUnitRole(r)))
        {
            foreach (var type in Enum.GetValues<UnitType>().Where(t => t != UnitType.Center))
                Assert.Equal(RoleUnitRule.CenterRoleInCenter, RoleUnitRule.Check(role, type));
        }
    }

    [Fact]
    public void Nothing_to_say_until_both_are_chosen()
    {
        Assert.Null(RoleUnitRule.Check(null, UnitType.Center));
        Assert.Null(RoleUnitRule.Check(HotlineRoles.Agent, null));
    }
}
