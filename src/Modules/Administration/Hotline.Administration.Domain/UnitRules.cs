namespace Hotline.Administration.Domain;

/// <summary>What makes a member-unit tree valid beyond "no cycles": the center's place, villages under townships, what blocks deactivation.</summary>
internal static class UnitRules
{
    public const string Noun = "单位";

    public static void EnsurePlacement(UnitType type, UnitType? parentType)
    {
        if (type == UnitType.Center && parentType is not null)
            throw new BusinessRuleException("热线管理中心不能有上级单位。");
        // Territorial responsibility (属地管理): a village or community answers to its township or street.
        if (type == UnitType.Village && parentType != UnitType.Township)
            throw new BusinessRuleException("村/社区必须隶属于乡镇/街道，请选择一个乡镇/街道作为上级单位。");
    }

    public static void EnsureTypeChange(UnitType oldType, UnitType newType, IEnumerable<UnitType> childTypes)
    {
        if (oldType == newType)
            return;
        if (oldType == UnitType.Center)
            throw new BusinessRuleException("热线管理中心的类型不能修改。");
        if (newType == UnitType.Center)
            throw new BusinessRuleException("系统中只能有一个热线管理中心。");
        if (newType != UnitType.Township && childTypes.Contains(UnitType.Village))
            throw new BusinessRuleException("该单位下还有村/社区，类型只能是乡镇/街道。");
    }

    public static void EnsureCanMove(UnitType type)
    {
        if (type == UnitType.Center)
            throw new BusinessRuleException("热线管理中心不能移动。");
    }

    /// <summary>Why the unit cannot be deactivated, or null when nothing blocks it.</summary>
    public static string? DeactivationRefusal(UnitType type, IReadOnlyCollection<string> activeSubUnits, int activeUsers,
        IReadOnlyCollection<string> categoriesRoutedHere)
    {
        if (type == UnitType.Center)
            return "热线管理中心不能停用。";
        return new DeactivationBlockers()
            .Named(activeSubUnits, "启用的下级单位")
            .Counted(activeUsers, "启用的用户账号")
            .Named(categoriesRoutedHere, "以它为默认承办单位的启用事项分类")
            .Refusal(Noun);
    }
}
