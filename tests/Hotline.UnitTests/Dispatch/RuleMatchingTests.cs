using Hotline.Dispatch.Routing;

namespace Hotline.UnitTests.Dispatch;

/// <summary>The most specific routing rule wins: category depth first, then area specificity; unusable rules never match.</summary>
public sealed class RuleMatchingTests
{
    // Category chain 物业管理 → 城乡建设; area chain 文昌社区 → 城关街道 → 清河县.
    private static readonly Guid Property = Guid.NewGuid(), Construction = Guid.NewGuid(), Food = Guid.NewGuid();
    private static readonly Guid Community = Guid.NewGuid(), Street = Guid.NewGuid(), County = Guid.NewGuid(), OtherStreet = Guid.NewGuid();
    private static readonly Guid[] Categories = [Property, Construction];
    private static readonly Guid[] AreaChain = [Community, Street, County];

    [Fact]
    public void A_rule_on_the_case_category_beats_a_rule_on_its_parent_even_with_a_more_specific_area()
    {
        var parentHere = Rule(Construction, Community);
        var ownAnywhere = Rule(Property, null);
        var match = RuleMatching.Best([parentHere, ownAnywhere], Categories, AreaChain);
        Assert.Equal(ownAnywhere.RuleId, match!.Rule.RuleId);
        Assert.Equal(0, match.CategoryDepth);
        Assert.Null(match.AreaDepth);
    }

    [Fact]
    public void On_the_same_category_the_exact_area_beats_the_parent_area_which_beats_any_area()
    {
        var any = Rule(Property, null);
        var street = Rule(Property, Street);
        var community = Rule(Property, Community);
        Assert.Equal(community.RuleId, RuleMatching.Best([any, street, community], Categories, AreaChain)!.Rule.RuleId);
        Assert.Equal(street.RuleId, RuleMatching.Best([any, street], Categories, AreaChain)!.Rule.RuleId);
        Assert.Equal(any.RuleId, RuleMatching.Best([any], Categories, AreaChain)!.Rule.RuleId);
    }

    [Fact]
    public void Rules_of_other_areas_or_categories_do_not_match()
    {
        Assert.Null(RuleMatching.Best([Rule(Property, OtherStreet), Rule(Food, null)], Categories, AreaChain));
    }

    [Fact]
    public void An_unusable_rule_is_ignored_and_the_next_most_specific_wins()
    {
        var deactivated = Rule(Property, Community, usable: false);
        var fallback = Rule(Construction, null);
        var match = RuleMatching.Best([deactivated, fallback], Categories, AreaChain);
        Assert.Equal(fallback.RuleId, match!.Rule.RuleId);
        Assert.Equal(1, match.CategoryDepth);
    }

    [Fact]
    public void Between_equally_specific_rules_the_latest_edit_wins()
    {
        var older = Rule(Property, Street, updated: new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        var newer = Rule(Property, Street, updated: new DateTime(2026, 6, 1, 0, 0, 0, DateTimeKind.Utc));
        Assert.Equal(newer.RuleId, RuleMatching.Best([newer, older], Categories, AreaChain)!.Rule.RuleId);
        Assert.Equal(newer.RuleId, RuleMatching.Best([older, newer], Categories, AreaChain)!.Rule.RuleId);
    }

    private static RuleCandidate Rule(Guid category, Guid? area, bool usable = true, DateTime? updated = null) =>
        new(Guid.NewGuid(), category, area, Guid.NewGuid(), [], usable, updated ?? new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
}
