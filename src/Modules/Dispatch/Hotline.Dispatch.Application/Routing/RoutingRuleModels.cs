namespace Hotline.Dispatch.Routing;

/// <summary>A rule as the admin edits it; <c>Id</c> null for a new rule, <c>Version</c> the one the admin loaded.</summary>
internal sealed record RoutingRuleInput
{
    public Guid? Id { get; init; }
    public Guid? CategoryId { get; init; }
    /// <summary>Null: the rule applies in every area.</summary>
    public Guid? AreaId { get; init; }
    public Guid? LeadUnitId { get; init; }
    public IReadOnlyList<Guid> CoUnitIds { get; init; } = [];
    public string? Note { get; init; }
    public Guid Version { get; init; }
}

/// <summary>A rule in the admin list, names resolved and problems flagged (a flagged rule is ignored by suggestions).</summary>
internal sealed record RoutingRuleRow(
    Guid Id,
    Guid CategoryId,
    string CategoryName,
    Guid? AreaId,
    string AreaName,
    Guid LeadUnitId,
    string LeadUnitName,
    IReadOnlyList<Guid> CoUnitIds,
    IReadOnlyList<string> CoUnitNames,
    string? Note,
    bool IsActive,
    IReadOnlyList<string> Problems,
    DateTime UpdatedAtUtc,
    string UpdatedBy,
    Guid Version);

internal sealed record RoutingRuleFilter
{
    /// <summary>Rules on this category or any category under it.</summary>
    public Guid? CategoryId { get; init; }
    /// <summary>Rules naming this unit as lead or co-unit.</summary>
    public Guid? UnitId { get; init; }
    public bool IncludeInactive { get; init; }
}

internal sealed record RoutingRulePage(IReadOnlyList<RoutingRuleRow> Rows, int Total);
