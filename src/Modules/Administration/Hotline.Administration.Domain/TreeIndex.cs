namespace Hotline.Administration.Domain;

/// <summary>One node's link to its parent; null parent means a root.</summary>
internal readonly record struct TreeLink(Guid Id, Guid? ParentId);

/// <summary>
/// The parent links of a whole tree held in memory (units, areas and categories stay well under a
/// thousand nodes) and the questions the tree rules ask of them. Every walk carries a visited set,
/// so even corrupt data with a cycle cannot make it loop forever.
/// </summary>
internal sealed class TreeIndex
{
    private static readonly IReadOnlyList<Guid> NoChildren = [];

    private readonly Dictionary<Guid, Guid?> _parents = [];
    private readonly Dictionary<Guid, List<Guid>> _children = [];
    private readonly List<Guid> _roots = [];

    /// <param name="links">Nodes in display order; children keep that order.</param>
    public TreeIndex(IEnumerable<TreeLink> links)
    {
        var all = links.ToList();
        foreach (var link in all)
            _parents[link.Id] = link.ParentId;
        foreach (var link in all)
        {
            // A parent that is not in the index (deleted or filtered out) makes the node a root rather than an orphan nobody shows.
            if (link.ParentId is Guid parent && _parents.ContainsKey(parent))
            {
                if (!_children.TryGetValue(parent, out var list))
                    _children[parent] = list = [];
                list.Add(link.Id);
            }
            else
            {
                _roots.Add(link.Id);
            }
        }
    }

    public bool Contains(Guid id) => _parents.ContainsKey(id);

    public Guid? ParentOf(Guid id) => _parents.TryGetValue(id, out var parent) ? parent : null;

    public IReadOnlyList<Guid> Roots => _roots;

    public IReadOnlyList<Guid> ChildrenOf(Guid id) => _children.TryGetValue(id, out var list) ? list : NoChildren;

    /// <summary>The node's sub-tree in breadth-first order, optionally with the node itself first.</summary>
    public IReadOnlyList<Guid> Descendants(Guid id, bool includeSelf)
    {
        var result = new List<Guid>();
        if (!Contains(id))
            return result;
        var visited = new HashSet<Guid> { id };
        if (includeSelf)
            result.Add(id);
        var queue = new Queue<Guid>(ChildrenOf(id));
        while (queue.Count > 0)
        {
            var next = queue.Dequeue();
            if (!visited.Add(next))
                continue;
            result.Add(next);
            foreach (var child in ChildrenOf(next))
                queue.Enqueue(child);
        }
        return result;
    }

    /// <summary>True when <paramref name="id"/> is <paramref name="ancestorId"/> or lies anywhere below it.</summary>
    public bool IsSameOrDescendant(Guid id, Guid ancestorId)
    {
        if (!Contains(id))
            return false;
        var visited = new HashSet<Guid>();
        Guid? current = id;
        while (current is Guid node && visited.Add(node))
        {
            if (node == ancestorId)
                return true;
            current = ParentOf(node);
        }
        return false;
    }

    /// <summary>Placing <paramref name="id"/> under <paramref name="newParentId"/> would close a loop: the new parent is the node itself or one of its descendants.</summary>
    public bool WouldCreateCycle(Guid id, Guid? newParentId) =>
        newParentId is Guid parent && IsSameOrDescendant(parent, id);

    /// <summary>The chain from the root down to the node, the node last.</summary>
    public IReadOnlyList<Guid> PathTo(Guid id)
    {
        var path = new List<Guid>();
        var visited = new HashSet<Guid>();
        Guid? current = id;
        while (current is Guid node && Contains(node) && visited.Add(node))
        {
            path.Add(node);
            current = ParentOf(node);
        }
        path.Reverse();
        return path;
    }

    /// <summary>The given nodes together with all their ancestors: what a search shows so that each match keeps its context.</summary>
    public IReadOnlySet<Guid> WithAncestors(IEnumerable<Guid> ids)
    {
        var result = new HashSet<Guid>();
        foreach (var id in ids)
        {
            foreach (var node in PathTo(id))
                result.Add(node);
        }
        return result;
    }

    /// <summary>Every node, parents before children, siblings in the order given: the order a tree is read top to bottom.</summary>
    public IReadOnlyList<Guid> DepthFirst()
    {
        var result = new List<Guid>(_parents.Count);
        var visited = new HashSet<Guid>();
        var stack = new Stack<Guid>(_roots.AsEnumerable().Reverse());
        while (stack.Count > 0)
        {
            var node = stack.Pop();
            if (!visited.Add(node))
                continue;
            result.Add(node);
            foreach (var child in ChildrenOf(node).Reverse())
                stack.Push(child);
        }
        return result;
    }

    /// <summary>The node's depth below its root (a root is 0).</summary>
    public int DepthOf(Guid id) => Math.Max(0, PathTo(id).Count - 1);

    /// <summary>Names along the path joined as "城乡建设 / 物业管理".</summary>
    public string PathName(Guid id, Func<Guid, string> nameOf) => string.Join(" / ", PathTo(id).Select(nameOf));
}
