namespace Hotline.Administration.Shared;

/// <summary>Builds picker choices from a tree: in tree order, with path names, leaving out what may not be chosen.</summary>
internal static class TreeOptions
{
    /// <param name="nodes">The whole tree, so paths are complete even through nodes that are not offered.</param>
    /// <param name="offer">Which nodes to offer, e.g. only active ones.</param>
    /// <param name="excludeSubtreeOf">A node whose own sub-tree must not be offered, e.g. as its new parent.</param>
    public static IReadOnlyList<TreeOption> Build(IReadOnlyList<AdminTreeNode> nodes, Func<AdminTreeNode, bool> offer, Guid? excludeSubtreeOf = null)
    {
        var index = new TreeIndex(nodes.Select(n => new TreeLink(n.Id, n.ParentId)));
        var byId = nodes.ToDictionary(n => n.Id);
        var excluded = excludeSubtreeOf is Guid root ? index.Descendants(root, includeSelf: true).ToHashSet() : [];
        return index.DepthFirst()
            .Select(id => byId[id])
            .Where(n => !excluded.Contains(n.Id) && offer(n))
            .Select(n => new TreeOption(n.Id, n.Code, index.PathName(n.Id, id => byId[id].Name)))
            .ToList();
    }
}
