namespace Hotline.Platform.Identity;

/// <summary>Role code names from the domain glossary, with their Chinese display names.</summary>
public static class HotlineRoles
{
    public const string Agent = nameof(Agent);
    public const string Dispatcher = nameof(Dispatcher);
    public const string Supervisor = nameof(Supervisor);
    public const string CenterAdmin = nameof(CenterAdmin);
    public const string UnitHandler = nameof(UnitHandler);
    public const string UnitManager = nameof(UnitManager);
    public const string KnowledgeEditor = nameof(KnowledgeEditor);
    public const string ArchiveClerk = nameof(ArchiveClerk);
    public const string Assessor = nameof(Assessor);

    public static readonly IReadOnlyList<string> All =
    [
        Agent, Dispatcher, Supervisor, CenterAdmin, UnitHandler, UnitManager, KnowledgeEditor, ArchiveClerk, Assessor,
    ];

    /// <summary>Roles that work inside a member unit rather than the hotline center.</summary>
    public static readonly IReadOnlyList<string> UnitRoles = [UnitHandler, UnitManager];

    /// <summary>Roles that take calls and register them: their pages listen for the phone system's screen-pop.</summary>
    public static readonly IReadOnlyList<string> CallTakers = [Agent, Supervisor];

    public static string DisplayName(string role) => role switch
    {
        Agent => "话务员",
        Dispatcher => "派单员",
        Supervisor => "督办员",
        CenterAdmin => "中心管理员",
        UnitHandler => "承办人",
        UnitManager => "单位负责人",
        KnowledgeEditor => "知识库审核员",
        ArchiveClerk => "档案员",
        Assessor => "考核员",
        _ => role,
    };

    public static bool IsUnitRole(string role) => UnitRoles.Contains(role);
}
