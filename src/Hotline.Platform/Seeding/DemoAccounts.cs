using Hotline.Platform.Identity;

namespace Hotline.Platform.Seeding;

/// <summary>
/// The demo mode's accounts: one per role in the fictional county. The UserAccess module creates them; the sign-in refuses
/// their published password outside demo mode, and two-factor enrolment exempts them only in it.
/// </summary>
public static class DemoAccounts
{
    public const string Password = "Demo@12345";

    /// <summary>Outside demo mode the published password signs nobody in, whatever account still carries it.</summary>
    public static bool IsRefusedPassword(string? password, bool demoMode) => !demoMode && password == Password;

    /// <summary>Demo accounts: user name, display name, role, unit code.</summary>
    public static readonly IReadOnlyList<(string UserName, string DisplayName, string Role, string UnitCode)> All =
    [
        ("admin", "系统管理员", HotlineRoles.CenterAdmin, DemoCountyData.CenterCode),
        ("agent", "话务员小陈", HotlineRoles.Agent, DemoCountyData.CenterCode),
        ("dispatcher", "派单员老周", HotlineRoles.Dispatcher, DemoCountyData.CenterCode),
        ("supervisor", "督办员刘洋", HotlineRoles.Supervisor, DemoCountyData.CenterCode),
        ("kbeditor", "知识库审核员孙丽", HotlineRoles.KnowledgeEditor, DemoCountyData.CenterCode),
        ("archivist", "档案员郑敏", HotlineRoles.ArchiveClerk, DemoCountyData.CenterCode),
        ("assessor", "考核员吴刚", HotlineRoles.Assessor, DemoCountyData.CenterCode),
        ("zjj", "住建局承办人赵强", HotlineRoles.UnitHandler, DemoCountyData.HousingBureauCode),
        ("zjj.mgr", "住建局联络员钱芳", HotlineRoles.UnitManager, DemoCountyData.HousingBureauCode),
        ("scjgj", "市场监管局承办人孙磊", HotlineRoles.UnitHandler, DemoCountyData.MarketBureauCode),
        ("scjgj.mgr", "市场监管局联络员周静", HotlineRoles.UnitManager, DemoCountyData.MarketBureauCode),
        // A township and one of its communities: the street office hands cases down (下派) and sees its communities' work.
        ("dcjd", "东城街道承办人韩冰", HotlineRoles.UnitHandler, DemoCountyData.DongchengStreetCode),
        ("dcjd.mgr", "东城街道联络员葛文", HotlineRoles.UnitManager, DemoCountyData.DongchengStreetCode),
        ("cysq", "朝阳社区承办人蔡晓丽", HotlineRoles.UnitHandler, DemoCountyData.ChaoyangCommunityCode),
    ];

    /// <summary>坐席分机号 of the call-takers, so the 来电模拟 page pops a call on their screen out of the box.</summary>
    public static readonly IReadOnlyDictionary<string, string> Extensions = new Dictionary<string, string>
    {
        ["agent"] = "8001",
        ["supervisor"] = "8002",
    };
}
