using Hotline.Platform.Identity;
using Hotline.Platform.Organization;

namespace Hotline.UserAccess.Domain;

/// <summary>
/// Unit roles (承办人, 单位负责人) work inside a member unit; every other role works at the hotline center.
/// A handler placed in the center, or an agent placed in a bureau, would see the wrong cases.
/// </summary>
internal static class RoleUnitRule
{
    public const string UnitRoleOutsideCenter = "承办人、单位负责人必须属于成员单位，不能属于热线管理中心。";
    public const string CenterRoleInCenter = "中心角色（话务员、派单员、督办员、中心管理员、知识库审核员、档案员、考核员）必须属于热线管理中心。";

    /// <returns>The Chinese message when the pair is not allowed, otherwise null.</returns>
    public static string? Check(string? role, UnitType? unitType)
    {
        if (role is null || unitType is null)
            return null;
        var isCenter = unitType == UnitType.Center;
        if (HotlineRoles.IsUnitRole(role))
            return isCenter ? UnitRoleOutsideCenter : null;
        return isCenter ? null : CenterRoleInCenter;
    }
}
