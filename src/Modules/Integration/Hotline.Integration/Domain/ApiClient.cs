namespace Hotline.Integration.Domain;

/// <summary>
/// A connected system (a department's system, a city app, the phone system) with its scopes, the units whose data it
/// may see and its key. The key is shown once at issue or rotation; only its SHA-256 is kept.
/// </summary>
internal sealed class ApiClient : IVersioned
{
    public const int NameMax = 100;
    public const int MaxRatePerMinute = 6000;

    public Guid Id { get; private set; } = Guid.CreateVersion7();
    public string Name { get; private set; } = "";
    public ApiScopes Scopes { get; private set; }
    /// <summary>Every unit's data (e.g. the county's data office); otherwise only <see cref="UnitIds"/> and their sub-units.</summary>
    public bool AllUnits { get; private set; }
    public List<Guid> UnitIds { get; private set; } = [];
    public int RatePerMinute { get; private set; }
    public string KeyPrefix { get; private set; } = "";
    public string KeyHash { get; private set; } = "";
    public DateTime CreatedAtUtc { get; private set; }
    public string CreatedBy { get; private set; } = "";
    public DateTime KeyIssuedAtUtc { get; private set; }
    public DateTime? RevokedAtUtc { get; private set; }
    public string? RevokedBy { get; private set; }
    public Guid Version { get; set; }

    public bool IsRevoked => RevokedAtUtc is not null;

    public bool Allows(ApiScopes scope) => !IsRevoked && (Scopes & scope) == scope;

    /// <returns>The client and its key, to be shown once.</returns>
    public static (ApiClient Client, string Key) Register(string? name, ApiScopes scopes, bool allUnits, IReadOnlyCollection<Guid> unitIds,
        int ratePerMinute, string by, DateTime nowUtc)
    {
        var client = new ApiClient { CreatedAtUtc = nowUtc, CreatedBy = by };
        client.Change(name, scopes, allUnits, unitIds, ratePerMinute);
        return (client, client.IssueKey(nowUtc));
    }

    public void Change(string? name, ApiScopes scopes, bool allUnits, IReadOnlyCollection<Guid> unitIds, int ratePerMinute)
    {
        var problems = new List<FieldProblem>();
        var trimmed = name?.Trim() ?? "";
        if (trimmed.Length == 0)
            problems.Add(new("name", "请填写接入系统名称。"));
        else if (trimmed.Length > NameMax)
            problems.Add(new("name", $"名称不能超过 {NameMax} 个字。"));
        if (scopes == ApiScopes.None)
            problems.Add(new("scopes", "请至少选择一项权限。"));
        if (scopes == ApiScopes.CallerPhone)
            problems.Add(new("scopes", "“诉求人电话”须与“读取工单”或“数据推送”一起授予。"));
        if (!allUnits && unitIds.Count == 0)
            problems.Add(new("units", "请选择可查看数据的单位，或勾选“全部单位”。"));
        if (ratePerMinute is < 1 or > MaxRatePerMinute)
            problems.Add(new("rate", $"每分钟调用上限须在 1 到 {MaxRatePerMinute} 之间。"));
        if (problems.Count > 0)
            throw new BusinessRuleException(problems);
        if (IsRevoked)
            throw new BusinessRuleException("该接入已吊销，不能修改。");
        Name = trimmed;
        Scopes = scopes;
        AllUnits = allUnits;
        UnitIds = allUnits ? [] : unitIds.Distinct().ToList();
        RatePerMinute = ratePerMinute;
    }

    /// <summary>轮换密钥: the old key stops working at once.</summary>
    public string RotateKey(DateTime nowUtc)
    {
        if (IsRevoked)
            throw new BusinessRuleException("该接入已吊销，不能轮换密钥。");
        return IssueKey(nowUtc);
    }

    /// <summary>吊销: for good; the client's calls get 401 from now on.</summary>
    public void Revoke(string by, DateTime nowUtc)
    {
        if (IsRevoked)
            throw new BusinessRuleException("该接入已吊销。");
        RevokedAtUtc = nowUtc;
        RevokedBy = by;
    }

    private string IssueKey(DateTime nowUtc)
    {
        var key = ApiKey.New();
        KeyPrefix = key.Prefix;
        KeyHash = ApiKey.Hash(key.Value);
        KeyIssuedAtUtc = nowUtc;
        return key.Value;
    }
}
