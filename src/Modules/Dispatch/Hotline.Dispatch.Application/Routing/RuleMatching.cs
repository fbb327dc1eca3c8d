namespace Hotline.Dispatch.Routing;

/// <summary>A routing rule as matching sees it: <c>Usable</c> is false when the rule, its category, area or a unit is inactive.</summary>
internal sealed record RuleCandidate(
    Guid RuleId,
    Guid CategoryId,
    Guid? AreaId,
    Guid LeadUnitId,
    IReadOnlyList<Guid> CoUnitIds,
    bool Usable,
    DateTime UpdatedAtUtc);

/// <summary>The winning rule and how specific its match was (0 = the case's own category or area).</summary>
internal sealed record RuleMatch(RuleCandidate Rule, int CategoryDepth, int? AreaDepth);

/// <summary>
/// "Most specific rule wins": the rule on the case's category beats one on a parent category; among
/// rules on the same category, the case's own area beats a parent area, which beats "any area".
/// </summary>
internal static class RuleMatching
{
    /// <param name="categoryChain">The case's category first, then its parent, up to the root.</param>
    /// <param name="areaChain">The case's area first, then its parent, up to the county.</param>
    public static RuleMatch? Best(IEnumerable<RuleCandidate> rules, IReadOnlyList<Guid> categoryChain, IReadOnlyList<Guid> areaChain)
    {
        RuleMatch? best = null;
        foreach (var rule in rules)
        {
            if (!rule.Usable)
                continue;
            var categoryDepth = IndexOf(categoryChain, rule.CategoryId);
            if (categoryDepth < 0)
                continue;
            int? areaDepth = null;
            if (rule.AreaId is Guid areaId)
            {
                var depth = IndexOf(areaChain, areaId);
                if (depth < 0)
                    continue;
                areaDepth = depth;
            }
            var match = new RuleMatch(rule, categoryDepth, areaDepth);
            if (best is null || IsMoreSpecific(match, best))
                best = match;
        }
        return best;
    }

    private static bool IsMoreSpecific(RuleMatch a, RuleMatch b)
    {
        if (a.CategoryDepth != b.CategoryDepth)
            return a.CategoryDepth < b.CategoryDepth;
        var areaA = a.AreaDepth ?? int.MaxValue;
        var areaB = b.AreaDepth ?? int.MaxValue;
        if (areaA != areaB)
            return areaA < areaB;
        // Two rules equally specific (the admin page prevents it for active rules): the latest edit reflects current practice.
        return a.Rule.UpdatedAtUtc > b.Rule.UpdatedAtUtc;
    }

    private static int IndexOf(IReadOnlyList<Guid> chain, Guid id)
    {
        for (var i = 0; i < chain.Count; i++)
        {
            if (chain[i] == id)
                return i;
        }
        return -1;
    }
}
