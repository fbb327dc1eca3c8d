namespace Hotline.Administration.Areas;

/// <summary>The area tree (属地) as administrators change it; same shape as <see cref="UnitAdmin"/> with level rules instead of unit types.</summary>
internal sealed class AreaAdmin(IDbContextFactory<AdministrationDbContext> contexts, AdminGuard guard, TimeProvider clock)
{
    private static readonly TreeKind<Area> Kind = new()
    {
        Noun = AreaRules.Noun,
        Title = "属地区域",
        ObjectType = nameof(Area),
        Read = a => new TreeNodeFacts(a.Id, a.ParentId, a.Code, a.Name, a.IsActive, a.SortOrder),
        SetActive = (a, active) => a.IsActive = active,
        OtherWithCode = (code, id) => a => a.Code == code && a.Id != id,
    };

    private readonly TreeEditor<Area> _editor = new(contexts, guard, clock, Kind);

    public Task<IReadOnlyList<AreaRow>> ListAsync(CancellationToken cancellationToken = default) =>
        _editor.ListAsync(a => new AreaRow(a.Id, a.Code, a.Name, a.Level, a.ParentId, a.IsActive, a.Version), cancellationToken);

    public async Task<Guid> CreateAsync(AreaInput input, CancellationToken cancellationToken = default)
    {
        await using var edit = await _editor.BeginAsync(input, cancellationToken);
        var code = edit.ClaimCode(input.Code, null);
        var parent = edit.Tree.ActiveParent(input.ParentId);
        AreaRules.EnsurePlacement(input.Level, parent?.Level);

        var area = new Area
        {
            Code = code,
            Name = input.Name.Trim(),
            Level = input.Level,
            ParentId = parent?.Id,
            IsActive = input.IsActive,
            SortOrder = edit.Tree.NextSortOrder,
        };
        var detail = new ChangeLog()
            .Field("编码", null, area.Code).Field("名称", null, area.Name).Field("层级", null, area.Level.DisplayName())
            .Field("上级区域", null, parent?.Name);
        return await edit.AddAsync(area, detail, cancellationToken);
    }

    /// <summary>Saves an edit; a different parent moves the area with its whole sub-tree.</summary>
    /// <returns>False when nothing differed from the stored area.</returns>
    public async Task<bool> UpdateAsync(Guid id, AreaInput input, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        await using var edit = await _editor.BeginAsync(input, cancellationToken);
        var area = edit.Expect(id, loadedVersion);
        var code = edit.ClaimCode(input.Code, id);
        var (parent, moved) = edit.Tree.Reparent(area, input.ParentId);
        AreaRules.EnsureLevelChange(area.Level, input.Level, edit.Tree.Index.ChildrenOf(id).Count > 0);
        AreaRules.EnsurePlacement(input.Level, parent?.Level);

        var changes = new ChangeLog()
            .Field("编码", area.Code, code)
            .Field("名称", area.Name, input.Name.Trim())
            .Field("层级", area.Level.DisplayName(), input.Level.DisplayName())
            .Field("上级区域", edit.Tree.NameOf(area.ParentId), parent?.Name);
        return await edit.SaveEditAsync(area, changes, moved, () =>
        {
            area.Code = code;
            area.Name = input.Name.Trim();
            area.Level = input.Level;
            area.ParentId = parent?.Id;
        }, cancellationToken);
    }

    /// <summary>Deactivates or reactivates an area. Deactivation is refused while active sub-areas or units still sit in it.</summary>
    public Task SetActiveAsync(Guid id, bool active, Guid loadedVersion, CancellationToken cancellationToken = default) =>
        _editor.SetActiveAsync(id, active, loadedVersion, async (edit, _) =>
        {
            var activeSubAreas = edit.Tree.ActiveDescendantNames(id);
            var activeUnits = await edit.Db.Units.Where(u => u.AreaId == id && u.IsActive)
                .OrderBy(u => u.SortOrder).Select(u => u.Name).ToListAsync(cancellationToken);
            return AreaRules.DeactivationRefusal(activeSubAreas, activeUnits);
        }, cancellationToken);
}
