namespace Hotline.Knowledge.Settings;

/// <summary>Knowledge settings the CenterAdmin changes without a release.</summary>
internal sealed record KnowledgeSettings
{
    public const string Key = "knowledge.settings";

    /// <summary>Categories (and their sub-categories) whose articles need a second, different reviewer (多方校对).</summary>
    public List<Guid> SecondReviewCategoryIds { get; init; } = [];

    /// <summary>A published article nobody touched for this many months is listed for its unit to check (维护提醒).</summary>
    public int StaleMonths { get; init; } = 12;
}
