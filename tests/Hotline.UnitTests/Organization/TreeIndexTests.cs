using Hotline.Administration.Domain;
using Hotline.Platform.Organization;

namespace Hotline.UnitTests.Organization;

public sealed class TreeIndexTests
{
    // county ─┬─ town1 ─┬─ village1
    //         │         └─ village2
    //         └─ town2 ─── village3
    // other (a second root)
    private static readonly Guid County = Guid.NewGuid(), Town1 = Guid.NewGuid(), Town2 = Guid.NewGuid(),
        Village1 = Guid.NewGuid(), Village2 = Guid.NewGuid(), Village3 = Guid.NewGuid(), Other = Guid.NewGuid();

    private static TreeIndex Sample() => new(
    [
        new TreeLink(County, null), new TreeLink(Town1, County), new TreeLink(Village1, Town1), new TreeLink(Village2, Town1),
        new TreeLink(Town2, County), new TreeLink(Village3, Town2), new TreeLink(Other, null),
    ]);

    [Fact]
    public void Descendants_cover_the_whole_sub_tree_and_include_self_only_when_asked()
    {
        var tree = Sample();
        Assert.Equal([Town1, Town2, Village1, Village2, Village3], tree.Descendants(County, includeSelf: false));
        Assert.Equal([Town1, Village1, Village2], tree.Descendants(Town1, includeSelf: true));
        Assert.Empty(tree.Descendants(Village3, includeSelf: false));
        Assert.Empty(tree.Descendants(Guid.NewGuid(), includeSelf: true));
    }

    [Fact]
    public void Same_or_descendant_holds_for_self_and_every_depth_but_not_for_siblings_or_ancestors()
    {
        var tree = Sample();
        Assert.True(tree.IsSameOrDescendant(Town1, Town1));
        Assert.True(tree.IsSameOrDescendant(Village1, County));
        Assert.False(tree.IsSameOrDescendant(Village3, Town1));
        Assert.False(tree.IsSameOrDescendant(County, Town1));
        Assert.False(tree.IsSameOrDescendant(Other, County));
    }

    [Fact]
    public void Moving_a_node_under_itself_or_a_descendant_would_create_a_cycle()
    {
        var tree = Sample();
        Assert.True(tree.WouldCreateCycle(County, County));
        Assert.True(tree.WouldCreateCycle(County, Village2));
        Assert.True(tree.WouldCreateCycle(Town1, Village1));
        Assert.False(tree.WouldCreateCycle(Village1, Town2));
        Assert.False(tree.WouldCreateCycle(Town2, Other));
        Assert.False(tree.WouldCreateCycle(Town2, null));
    }

    [Fact]
    public void Move_rule_refuses_descendant_parent_with_the_chinese_message()
    {
        var tree = Sample();
        var e = Assert.Throws<Hotline.Platform.BusinessRuleException>(() => TreeRules.EnsureCanPlace(tree, Town1, Village2, UnitRules.Noun));
        Assert.Equal("不能把单位移到其自身或下级单位之下", e.Message);
        e = Assert.Throws<Hotline.Platform.BusinessRuleException>(() => TreeRules.EnsureCanPlace(tree, Town1, Town1, UnitRules.Noun));
        Assert.Equal("不能把单位移到其自身或下级单位之下", e.Message);
        TreeRules.EnsureCanPlace(tree, Village1, Town2, UnitRules.Noun);
        TreeRules.EnsureCanPlace(tree, Town1, null, UnitRules.Noun);
        Assert.Throws<Hotline.Platform.BusinessRuleException>(() => TreeRules.EnsureCanPlace(tree, Town1, Guid.NewGuid(), UnitRules.Noun));
    }

    [Fact]
    public void Walks_terminate_on_corrupt_data_with_a_cycle()
    {
        Guid a = Guid.NewGuid(), b = Guid.NewGuid(), c = Guid.NewGuid();
        // a → b → c → a: nothing is a root, nothing may hang.
        var tree = new TreeIndex([new TreeLink(a, c), new TreeLink(b, a), new TreeLink(c, b)]);
        Assert.Equal([b, c], tree.Descendants(a, includeSelf: false));
        Assert.True(tree.IsSameOrDescendant(a, b));
        Assert.False(tree.IsSameOrDescendant(a, Guid.NewGuid()));
        Assert.Equal(3, tree.PathTo(a).Count);
    }

    [Fact]
    public void Search_keeps_matches_with_their_ancestors()
    {
        var tree = Sample();
        Assert.Equal(new HashSet<Guid> { County, Town2, Village3 }, tree.WithAncestors([Village3]));
        Assert.Equal(new HashSet<Guid> { County, Town1, Village1, Town2 }, tree.WithAncestors([Village1, Town2]));
        Assert.Empty(tree.WithAncestors([]));
    }

    [Fact]
    public void Paths_depth_and_reading_order()
    {
        var tree = Sample();
        Assert.Equal([County, Town1, Village2], tree.PathTo(Village2));
        Assert.Equal(2, tree.DepthOf(Village2));
        Assert.Equal(0, tree.DepthOf(Other));
        var names = new Dictionary<Guid, string> { [County] = "清河县", [Town1] = "城关街道", [Village2] = "鼓楼社区" };
        Assert.Equal("清河县 / 城关街道 / 鼓楼社区", tree.PathName(Village2, id => names[id]));
        Assert.Equal([County, Town1, Village1, Village2, Town2, Village3, Other], tree.DepthFirst());
        Assert.Equal([County, Other], tree.Roots);
    }

    [Fact]
    public void A_node_whose_parent_is_missing_is_shown_as_a_root()
    {
        var orphan = Guid.NewGuid();
        var tree = new TreeIndex([new TreeLink(County, null), new TreeLink(orphan, Guid.NewGuid())]);
        Assert.Equal([County, orphan], tree.Roots);
    }
}
