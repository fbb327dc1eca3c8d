namespace Hotline.Platform.Organization;

public enum UnitType
{
    Center = 0,
    CountyDepartment = 1,
    Township = 2,
    Village = 3,
    PublicEnterprise = 4,
}

public static class UnitTypeNames
{
    public static string DisplayName(this UnitType type) => type switch
    {
        UnitType.Center => "热线管理中心",
        UnitType.CountyDepartment => "县直部门",
        UnitType.Township => "乡镇/街道",
        UnitType.Village => "村/社区",
        UnitType.PublicEnterprise => "公共企事业单位",
        _ => type.ToString(),
    };
}
