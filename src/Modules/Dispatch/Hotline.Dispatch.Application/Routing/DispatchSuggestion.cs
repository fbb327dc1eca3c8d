namespace Hotline.Dispatch.Routing;

internal enum SuggestionSource
{
    RoutingRule,
    CategoryDefault,
    History,
}

/// <param name="ReturnedThisCase">The unit's return of this case was approved before: the dispatcher should think twice.</param>
internal sealed record SuggestedUnit(Guid Id, string Name, bool ReturnedThisCase);

/// <summary>A lead unit (and co-units) the dispatcher may take with one click, with why it is suggested.</summary>
internal sealed record DispatchSuggestion(SuggestionSource Source, SuggestedUnit Lead, IReadOnlyList<SuggestedUnit> CoUnits, string Reason)
{
    public string SourceName => Source switch
    {
        SuggestionSource.RoutingRule => "派单规则",
        SuggestionSource.CategoryDefault => "分类默认单位",
        SuggestionSource.History => "历史办理",
        _ => Source.ToString(),
    };
}
