using Hotline.Administration.Shared;


namespace Hotline.UnitTests.Organization;

public sealed class TreeOptionsTests
{
    private static readonly Guid Street = Guid.NewGuid(), Community = Guid.NewGuid(), Closed = Guid.NewGuid(), Bureau = Guid.NewGuid();

    private static readonly IReadOnlyList<AdminTreeNode> Nodes =
    [
        new(Street, null, "CGJD", "城关街道办事处", null, true),
        new(Community, Street, "CGJD-01", "文昌社区居委会", null, true),
        new(Closed, Street, "CGJD-09", "已撤并社区", null, false),
        new(Bureau, null, "ZJJ", "县住房和城乡建设局", null, true),
    ];

    [Fact]
    public void Options_come_in_tree_order_with_full_paths()
    {
        var options = TreeOptions.Build(Nodes, n => n.IsActive);
        Assert.Equal(["城关街道办事处", "城关街道办事处 / 文昌社区居委会", "县住房和城乡建设局"], options.Select(o => o.PathName));
    }

    [Fact]
    public void A_node_is_never_offered_as_the_parent_of_itself_or_its_sub_tree()
    {
        var options = TreeOptions.Build(Nodes, _ => true, excludeSubtreeOf: Street);
        Assert.Equal([Bureau], options.Select(o => o.Id));
    }
}
