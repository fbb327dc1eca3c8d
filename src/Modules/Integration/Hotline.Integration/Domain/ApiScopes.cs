namespace Hotline.Integration.Domain;

/// <summary>What an API client may do; a client holds any combination.</summary>
[Flags]
internal enum ApiScopes
{
    None = 0,
    /// <summary>读取工单: case status, timeline, lists, revisit results. Reference data (categories, units, areas) needs no scope, only a valid key.</summary>
    ReadCases = 1,
    /// <summary>提交诉求: create requests (REST and Open311 POST).</summary>
    CreateRequests = 2,
    /// <summary>数据推送: webhook subscriptions and the pull feed.</summary>
    Feed = 4,
    /// <summary>来电弹屏: the phone system's incoming-call and call-ended notices.</summary>
    Cti = 8,
    /// <summary>诉求人电话: responses may carry the caller's full phone (never for confidential cases or the unit complained about).</summary>
    CallerPhone = 16,
}

internal static class ApiScopeNames
{
    public static readonly IReadOnlyList<ApiScopes> All = [ApiScopes.ReadCases, ApiScopes.CreateRequests, ApiScopes.Feed, ApiScopes.Cti, ApiScopes.CallerPhone];

    public static string DisplayName(this ApiScopes scope) => scope switch
    {
        ApiScopes.ReadCases => "读取工单",
        ApiScopes.CreateRequests => "提交诉求",
        ApiScopes.Feed => "数据推送",
        ApiScopes.Cti => "来电弹屏",
        ApiScopes.CallerPhone => "诉求人电话",
        _ => scope.ToString(),
    };

    public static string Describe(ApiScopes scopes) =>
        string.Join("、", All.Where(s => scopes.HasFlag(s)).Select(DisplayName));
}
