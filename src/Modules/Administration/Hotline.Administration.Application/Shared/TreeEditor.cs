namespace Hotline.Administration.Shared;

/// <summary>
/// The steps the tree admin services (units, areas, categories) share: the admin check, one context
/// per operation with the tree loaded whole, and deactivation/reactivation. Each service keeps only
/// the rules and fields of its own tree.
/// </summary>
internal sealed class TreeEditor<T>(IDbContextFactory<AdministrationDbContext> contexts, AdminGuard guard, TimeProvider clock, TreeKind<T> kind)
    where T : class, IVersioned
{
    /// <summary>The whole tree for a list page, in display order: sort order, then code.</summary>
    public Task<IReadOnlyList<TRow>> ListAsync<TRow>(Func<T, TRow> toRow, CancellationToken cancellationToken) =>
        ListAsync((_, _) => Task.FromResult(toRow), cancellationToken);

    /// <param name="rowMaker">Reads what the rows need besides the nodes (counts from other tables) and returns the row mapping.</param>
    public async Task<IReadOnlyList<TRow>> ListAsync<TRow>(
        Func<AdministrationDbContext, CancellationToken, Task<Func<T, TRow>>> rowMaker, CancellationToken cancellationToken)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var toRow = await rowMaker(db, cancellationToken);
        var nodes = await db.Set<T>().AsNoTracking().ToListAsync(cancellationToken);
        return nodes.OrderBy(n => kind.Read(n).SortOrder).ThenBy(n => kind.Read(n).Code, StringComparer.Ordinal)
            .Select(toRow).ToList();
    }

    /// <summary>
    /// Starts a create or an edit. The form's DataAnnotations are checked again here: a caller that
    /// skips the form must not store what the form would refuse.
    /// </summary>
    public async Task<TreeEdit<T>> BeginAsync(object input, CancellationToken cancellationToken)
    {
        var actor = await guard.RequireAdminAsync();
        InputValidation.Validate(input);
        return await OpenAsync(actor, cancellationToken);
    }

    /// <summary>Deactivates or reactivates a node against the version the user loaded.</summary>
    /// <param name="deactivationRefusal">Why the tree forbids deactivating the node (what still depends on it), or null.</param>
    public async Task SetActiveAsync(Guid id, bool active, Guid loadedVersion,
        Func<TreeEdit<T>, T, Task<string?>> deactivationRefusal, CancellationToken cancellationToken)
    {
        var actor = await guard.RequireAdminAsync();
        await using var edit = await OpenAsync(actor, cancellationToken);
        var node = edit.Expect(id, loadedVersion);
        if (kind.Read(node).IsActive == active)
            return;

        if (active)
            edit.Tree.EnsureParentActive(node);
        else if (await deactivationRefusal(edit, node) is { } refusal)
            throw new BusinessRuleException(refusal);
        await edit.SaveActivationAsync(node, active, cancellationToken);
    }

    private async Task<TreeEdit<T>> OpenAsync(Actor actor, CancellationToken cancellationToken)
    {
        var db = await contexts.CreateDbContextAsync(cancellationToken);
        try
        {
            var tree = new TreeSnapshot<T>(kind, await db.Set<T>().ToListAsync(cancellationToken));
            return new TreeEdit<T>(db, tree, kind, actor, clock, ExplainDuplicateAsync);
        }
        catch
        {
            await db.DisposeAsync();
            throw;
        }
    }

    /// <summary>Two admins saving the same code at once: the unique index refuses the second; this says who holds the code.</summary>
    private async Task<string?> ExplainDuplicateAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        // A fresh context: the failed one still holds the rejected change.
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var other = await db.Set<T>().AsNoTracking().FirstOrDefaultAsync(kind.OtherWithCode(code, id), cancellationToken);
        return other is null ? null : kind.CodeTakenMessage(code, kind.Read(other).Name);
    }
}
