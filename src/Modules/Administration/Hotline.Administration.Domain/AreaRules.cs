namespace Hotline.Administration.Domain;

/// <summary>The area tree has fixed levels: county → township/street → village/community; a node's level follows its parent's.</summary>
internal static class AreaRules
{
    public const string Noun = "区域";

    /// <summary>The level a child of a node at <paramref name="parentLevel"/> must have (null parent: a county).</summary>
    public static AreaLevel? ChildLevel(AreaLevel? parentLevel) => parentLevel switch
    {
        null => AreaLevel.County,
        AreaLevel.County => AreaLevel.Township,
        AreaLevel.Township => AreaLevel.Village,
        _ => null,
    };

    public static void EnsurePlacement(AreaLevel level, AreaLevel? parentLevel)
    {
        if (ChildLevel(parentLevel) == level)
            return;
        throw new BusinessRuleException(level switch
        {
            AreaLevel.County => "县级区域不能有上级区域。",
            AreaLevel.Township => "乡镇/街道必须隶属于县级区域。",
            _ => "村/社区必须隶属于乡镇/街道。",
        });
    }

    public static void EnsureLevelChange(AreaLevel oldLevel, AreaLevel newLevel, bool hasChildren)
    {
        if (oldLevel != newLevel && hasChildren)
            throw new BusinessRuleException("该区域下还有下级区域，不能修改层级。");
    }

    /// <summary>Why the area cannot be deactivated, or null when nothing blocks it.</summary>
    public static string? DeactivationRefusal(IReadOnlyCollection<string> activeSubAreas, IReadOnlyCollection<string> activeUnits) =>
        new DeactivationBlockers()
            .Named(activeSubAreas, "启用的下级区域")
            .Named(activeUnits, "属于该区域的启用成员单位")
            .Refusal(Noun);
}
