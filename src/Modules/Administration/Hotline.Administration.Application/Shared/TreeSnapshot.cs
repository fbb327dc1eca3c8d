namespace Hotline.Administration.Shared;

/// <summary>
/// The whole tree tracked in one context: rules look at it in memory instead of asking the database
/// node by node. Holds the checks every tree shares; <see cref="TreeKind{T}.Noun"/> names the nodes in messages.
/// </summary>
internal sealed class TreeSnapshot<T> where T : class, IVersioned
{
    private readonly TreeKind<T> _kind;
    private readonly Dictionary<Guid, T> _byId;

    public TreeSnapshot(TreeKind<T> kind, IEnumerable<T> nodes)
    {
        _kind = kind;
        Nodes = nodes.OrderBy(n => kind.Read(n).SortOrder).ToList();
        _byId = Nodes.ToDictionary(n => kind.Read(n).Id);
        Index = new TreeIndex(Nodes.Select(kind.Read).Select(f => new TreeLink(f.Id, f.ParentId)));
    }

    /// <summary>All nodes in sort order.</summary>
    public IReadOnlyList<T> Nodes { get; }

    public TreeIndex Index { get; }

    /// <summary>A new node goes last among its siblings.</summary>
    public int NextSortOrder => Nodes.Count == 0 ? 0 : Nodes.Max(n => _kind.Read(n).SortOrder) + 1;

    public T Get(Guid id) =>
        _byId.TryGetValue(id, out var node) ? node : throw new BusinessRuleException($"该{_kind.Noun}不存在，请刷新后重试。");

    public string? NameOf(Guid? id) => id is Guid value && _byId.TryGetValue(value, out var node) ? _kind.Read(node).Name : null;

    /// <summary>A new parent must be active: nothing active may hang below a deactivated node.</summary>
    public T? ActiveParent(Guid? parentId)
    {
        if (parentId is not Guid id)
            return null;
        var parent = Get(id);
        var facts = _kind.Read(parent);
        if (!facts.IsActive)
            throw new BusinessRuleException($"上级{_kind.Noun}“{facts.Name}”已停用，不能把{_kind.Noun}放在其下。");
        return parent;
    }

    /// <summary>Codes are unique per tree, compared as stored (upper-case).</summary>
    public void EnsureCodeFree(string code, Guid? self)
    {
        var holder = Nodes.Select(_kind.Read)
            .Where(f => f.Id != self && string.Equals(f.Code, code, StringComparison.OrdinalIgnoreCase))
            .Select(f => f.Name).FirstOrDefault();
        if (holder is not null)
            throw new BusinessRuleException(_kind.CodeTakenMessage(code, holder), TreeFields.Code);
    }

    /// <summary>
    /// The parent an edit asks for. A different parent is a move, which carries the whole sub-tree:
    /// the tree's own move rules run first (<paramref name="beforeMove"/>), then the shared ones
    /// (the target exists, is not inside the node, and is active).
    /// </summary>
    public (T? Parent, bool Moved) Reparent(T node, Guid? newParentId, Action? beforeMove = null)
    {
        var facts = _kind.Read(node);
        var moved = newParentId != facts.ParentId;
        var parent = newParentId is Guid p ? Get(p) : null;
        if (moved)
        {
            beforeMove?.Invoke();
            TreeRules.EnsureCanPlace(Index, facts.Id, newParentId, _kind.Noun);
            parent = ActiveParent(newParentId);
        }
        return (parent, moved);
    }

    /// <summary>Names of the active nodes anywhere below: they block deactivating the node.</summary>
    public IReadOnlyList<string> ActiveDescendantNames(Guid id) =>
        Index.Descendants(id, includeSelf: false).Select(Get).Select(_kind.Read)
            .Where(f => f.IsActive).Select(f => f.Name).ToList();

    /// <summary>Reactivating below a deactivated parent would hang an active node under an inactive one.</summary>
    public void EnsureParentActive(T node)
    {
        if (_kind.Read(node).ParentId is Guid parentId && _kind.Read(Get(parentId)) is { IsActive: false } parent)
            throw new BusinessRuleException($"上级{_kind.Noun}“{parent.Name}”已停用，请先启用上级{_kind.Noun}。");
    }
}
