namespace Hotline.Administration.Units;

/// <summary>
/// The member-unit tree as administrators change it: create, edit (including moving under another
/// parent), deactivate and reactivate. The steps all trees share are in <see cref="TreeEditor{T}"/>;
/// this class keeps the unit types' rules and the unit's own fields.
/// </summary>
internal sealed class UnitAdmin(IDbContextFactory<AdministrationDbContext> contexts, AdminGuard guard, IStaffDirectory staff, TimeProvider clock)
{
    private static readonly TreeKind<MemberUnit> Kind = new()
    {
        Noun = UnitRules.Noun,
        Title = "成员单位",
        ObjectType = nameof(MemberUnit),
        Read = u => new TreeNodeFacts(u.Id, u.ParentId, u.Code, u.Name, u.IsActive, u.SortOrder),
        SetActive = (u, active) => u.IsActive = active,
        OtherWithCode = (code, id) => u => u.Code == code && u.Id != id,
    };

    private readonly TreeEditor<MemberUnit> _editor = new(contexts, guard, clock, Kind);

    public Task<IReadOnlyList<UnitRow>> ListAsync(CancellationToken cancellationToken = default) =>
        _editor.ListAsync<UnitRow>(async (db, ct) =>
        {
            var activeUsers = await staff.EnabledPerUnitAsync(ct);
            return u => new UnitRow(u.Id, u.Code, u.Name, u.Type, u.ParentId, u.AreaId, u.Leader, u.ContactPhone,
                u.IsActive, activeUsers.GetValueOrDefault(u.Id), u.Version);
        }, cancellationToken);

    public async Task<Guid> CreateAsync(UnitInput input, CancellationToken cancellationToken = default)
    {
        await using var edit = await _editor.BeginAsync(input, cancellationToken);
        if (input.Type == UnitType.Center)
            throw new BusinessRuleException("系统中只能有一个热线管理中心。");
        var code = edit.ClaimCode(input.Code, null);
        var parent = edit.Tree.ActiveParent(input.ParentId);
        UnitRules.EnsurePlacement(input.Type, parent?.Type);
        var areas = await LoadAreasAsync(edit.Db, cancellationToken);
        EnsureAreaUsable(areas, input.AreaId, null);

        var unit = new MemberUnit
        {
            Code = code,
            Name = input.Name.Trim(),
            Type = input.Type,
            ParentId = parent?.Id,
            AreaId = input.AreaId,
            Leader = InputValidation.Optional(input.Leader),
            ContactPhone = InputValidation.Optional(input.ContactPhone),
            IsActive = input.IsActive,
            SortOrder = edit.Tree.NextSortOrder,
        };
        var detail = new ChangeLog()
            .Field("编码", null, unit.Code).Field("名称", null, unit.Name).Field("类型", null, unit.Type.DisplayName())
            .Field("上级单位", null, parent?.Name).Field("属地", null, areas.NameOf(unit.AreaId))
            .Field("负责人", null, unit.Leader).Field("联系电话", null, unit.ContactPhone);
        return await edit.AddAsync(unit, detail, cancellationToken);
    }

    /// <summary>Saves an edit; a different parent moves the unit with its whole sub-tree.</summary>
    /// <returns>False when nothing differed from the stored unit, so nothing was saved or audited.</returns>
    public async Task<bool> UpdateAsync(Guid id, UnitInput input, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        await using var edit = await _editor.BeginAsync(input, cancellationToken);
        var unit = edit.Expect(id, loadedVersion);
        var code = edit.ClaimCode(input.Code, id);
        UnitRules.EnsureTypeChange(unit.Type, input.Type, edit.Tree.Index.ChildrenOf(id).Select(c => edit.Tree.Get(c).Type));
        var (parent, moved) = edit.Tree.Reparent(unit, input.ParentId, beforeMove: () => UnitRules.EnsureCanMove(unit.Type));
        UnitRules.EnsurePlacement(input.Type, parent?.Type);
        var areas = await LoadAreasAsync(edit.Db, cancellationToken);
        EnsureAreaUsable(areas, input.AreaId, unit.AreaId);

        var changes = new ChangeLog()
            .Field("编码", unit.Code, code)
            .Field("名称", unit.Name, input.Name.Trim())
            .Field("类型", unit.Type.DisplayName(), input.Type.DisplayName())
            .Field("上级单位", edit.Tree.NameOf(unit.ParentId), parent?.Name)
            .Field("属地", areas.NameOf(unit.AreaId), areas.NameOf(input.AreaId))
            .Field("负责人", unit.Leader, InputValidation.Optional(input.Leader))
            .Field("联系电话", unit.ContactPhone, InputValidation.Optional(input.ContactPhone));
        return await edit.SaveEditAsync(unit, changes, moved, () =>
        {
            unit.Code = code;
            unit.Name = input.Name.Trim();
            unit.Type = input.Type;
            unit.ParentId = parent?.Id;
            unit.AreaId = input.AreaId;
            unit.Leader = InputValidation.Optional(input.Leader);
            unit.ContactPhone = InputValidation.Optional(input.ContactPhone);
        }, cancellationToken);
    }

    /// <summary>Deactivates or reactivates a unit. Deactivation is refused while anything still depends on the unit.</summary>
    public Task SetActiveAsync(Guid id, bool active, Guid loadedVersion, CancellationToken cancellationToken = default) =>
        _editor.SetActiveAsync(id, active, loadedVersion, async (edit, unit) =>
        {
            var activeUsers = (await staff.EnabledInUnitAsync(id, cancellationToken)).Count;
            var categories = await edit.Db.Categories.Where(c => c.DefaultUnitId == id && c.IsActive)
                .OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync(cancellationToken);
            return UnitRules.DeactivationRefusal(unit.Type, edit.Tree.ActiveDescendantNames(id), activeUsers, categories);
        }, cancellationToken);

    private static async Task<NodeChoices> LoadAreasAsync(AdministrationDbContext db, CancellationToken cancellationToken) =>
        new(await db.Areas.AsNoTracking().Select(a => new NodeChoice(a.Id, a.Name, a.IsActive)).ToListAsync(cancellationToken));

    private static void EnsureAreaUsable(NodeChoices areas, Guid? areaId, Guid? current) =>
        areas.EnsureUsable(areaId, current, "所选的属地区域不存在，请刷新后重试。", name => $"属地区域“{name}”已停用，请选择启用的区域。");
}
