namespace Hotline.Administration.Shared;

/// <summary>
/// One change to a tree in progress (from <see cref="TreeEditor{T}.BeginAsync"/>): the context, the tree
/// loaded whole and the acting admin. It ends in one save holding the change and its audit entry, with
/// a concurrent edit or a code taken meanwhile reported in Chinese.
/// </summary>
internal sealed class TreeEdit<T> : IAsyncDisposable where T : class, IVersioned
{
    private readonly TreeKind<T> _kind;
    private readonly Actor _actor;
    private readonly TimeProvider _clock;
    private readonly Func<string, Guid, CancellationToken, Task<string?>> _explainDuplicate;

    internal TreeEdit(AdministrationDbContext db, TreeSnapshot<T> tree, TreeKind<T> kind, Actor actor, TimeProvider clock,
        Func<string, Guid, CancellationToken, Task<string?>> explainDuplicate)
    {
        Db = db;
        Tree = tree;
        _kind = kind;
        _actor = actor;
        _clock = clock;
        _explainDuplicate = explainDuplicate;
    }

    public AdministrationDbContext Db { get; }

    public TreeSnapshot<T> Tree { get; }

    /// <summary>The node being edited, refused at once if it changed since the user loaded it.</summary>
    public T Expect(Guid id, Guid loadedVersion)
    {
        var node = Tree.Get(id);
        VersionCheck.Expect(Db, node, loadedVersion);
        return node;
    }

    /// <summary>The code as it is stored, refused when another node of the tree already has it.</summary>
    public string ClaimCode(string code, Guid? self)
    {
        var normalized = InputValidation.NormalizeCode(code);
        Tree.EnsureCodeFree(normalized, self);
        return normalized;
    }

    /// <summary>Adds a new node; the audit detail gets the initial state appended, as every tree records it last.</summary>
    public async Task<Guid> AddAsync(T node, ChangeLog detail, CancellationToken cancellationToken)
    {
        Db.Set<T>().Add(node);
        var facts = _kind.Read(node);
        detail.Field("状态", null, facts.IsActive ? "启用" : "停用");
        Audit("新建", facts.Id, detail.ToString());
        await SaveAsync(node, cancellationToken);
        return facts.Id;
    }

    /// <summary>Applies an edit whose field changes were collected beforehand.</summary>
    /// <returns>False when nothing differed from the stored node, so nothing was saved or audited.</returns>
    public async Task<bool> SaveEditAsync(T node, ChangeLog changes, bool moved, Action apply, CancellationToken cancellationToken)
    {
        if (!changes.HasChanges)
            return false;
        apply();
        var facts = _kind.Read(node);
        Audit(moved ? "移动" : "修改", facts.Id, $"{facts.Name}：{changes}");
        await SaveAsync(node, cancellationToken);
        return true;
    }

    internal async Task SaveActivationAsync(T node, bool active, CancellationToken cancellationToken)
    {
        _kind.SetActive(node, active);
        var facts = _kind.Read(node);
        Audit(active ? "启用" : "停用", facts.Id, $"{facts.Code} {facts.Name}");
        // The code did not change, so a unique-key failure has nothing to explain.
        await VersionCheck.SaveAsync(Db, cancellationToken: cancellationToken);
    }

    public ValueTask DisposeAsync() => Db.DisposeAsync();

    private void Audit(string verb, Guid id, string detail) =>
        Db.Audit(_actor, _clock, verb + _kind.Title, _kind.ObjectType, id.ToString(), detail);

    private Task SaveAsync(T node, CancellationToken cancellationToken)
    {
        var facts = _kind.Read(node);
        return VersionCheck.SaveAsync(Db, () => _explainDuplicate(facts.Code, facts.Id, cancellationToken), cancellationToken);
    }
}
