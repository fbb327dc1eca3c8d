namespace Hotline.Platform.Organization;

public static class AreaLevelNames
{
    public static string DisplayName(this AreaLevel level) => level switch
    {
        AreaLevel.County => "县",
        AreaLevel.Township => "乡镇/街道",
        AreaLevel.Village => "村/社区",
        _ => level.ToString(),
    };
}
