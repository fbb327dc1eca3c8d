using Hotline.Platform.Organization;

namespace Hotline.Platform.Seeding;

/// <summary>
/// The codes of the fictional demo county 清河县 that code and tests rely on. The county's tables themselves
/// (areas, units, categories) live in Hotline.DemoData, which only the host references.
/// </summary>
internal static class DemoCountyData
{
    // Center and the two bureaus other code relies on.
    public const string CenterCode = CenterUnit.Code;
    public const string HousingBureauCode = "ZJJ";
    public const string MarketBureauCode = "SCJGJ";

    // Other frequently used unit codes.
    public const string PublicSecurityBureauCode = "GAJ";
    public const string EducationBureauCode = "JYJ";
    public const string HealthBureauCode = "WJJ";
    public const string HumanResourcesBureauCode = "RSJ";
    public const string CivilAffairsBureauCode = "MZJ";
    public const string UrbanManagementBureauCode = "CGJ";
    public const string JusticeBureauCode = "SFJ";
    public const string PowerCompanyCode = "GDGS";
    public const string WaterCompanyCode = "ZLSGS";
    public const string GasCompanyCode = "RQGS";
    public const string HeatingCompanyCode = "RLGS";
    public const string BusCompanyCode = "GJGS";

    // Township/street unit codes (their villages/communities are "<code>-01", "<code>-02", ...).
    public const string ChengguanStreetCode = "CGJD";
    public const string DongchengStreetCode = "DCJD";
    public const string ChaoyangCommunityCode = "DCJD-01";
    public const string XiguanStreetCode = "XGJD";
    public const string LiuheTownCode = "LHZ";
    public const string TaoyuanTownCode = "TYZ";
    public const string ShiqiaoTownCode = "SQZ";
    public const string MazhuangTownshipCode = "MZX";
    public const string NanhuTownshipCode = "NHX";

    // Area codes: the county root and the townships/streets.
    public const string CountyAreaCode = "A00";
    public const string ChengguanStreetAreaCode = "A01";
    public const string DongchengStreetAreaCode = "A02";
    public const string XiguanStreetAreaCode = "A03";
    public const string LiuheTownAreaCode = "A04";
    public const string TaoyuanTownAreaCode = "A05";
    public const string ShiqiaoTownAreaCode = "A06";
    public const string MazhuangTownshipAreaCode = "A07";
    public const string NanhuTownshipAreaCode = "A08";
}
