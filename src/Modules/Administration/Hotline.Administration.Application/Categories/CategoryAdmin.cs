namespace Hotline.Administration.Categories;

/// <summary>The matter-category tree as administrators change it: same tree rules as units, plus default unit and statutory limit.</summary>
internal sealed class CategoryAdmin(IDbContextFactory<AdministrationDbContext> contexts, AdminGuard guard, TimeProvider clock)
{
    private static readonly TreeKind<MatterCategory> Kind = new()
    {
        Noun = "分类",
        Title = "事项分类",
        ObjectType = nameof(MatterCategory),
        Read = c => new TreeNodeFacts(c.Id, c.ParentId, c.Code, c.Name, c.IsActive, c.SortOrder),
        SetActive = (c, active) => c.IsActive = active,
        OtherWithCode = (code, id) => c => c.Code == code && c.Id != id,
    };

    private readonly TreeEditor<MatterCategory> _editor = new(contexts, guard, clock, Kind);

    public Task<IReadOnlyList<CategoryRow>> ListAsync(CancellationToken cancellationToken = default) =>
        _editor.ListAsync(c => new CategoryRow(c.Id, c.Code, c.Name, c.ParentId, c.DefaultUnitId, c.StatutoryWorkingDays, c.Kind, c.IsActive, c.Version),
            cancellationToken);

    public async Task<Guid> CreateAsync(CategoryInput input, CancellationToken cancellationToken = default)
    {
        await using var edit = await _editor.BeginAsync(input, cancellationToken);
        var code = edit.ClaimCode(input.Code, null);
        var parent = edit.Tree.ActiveParent(input.ParentId);
        var units = await LoadUnitsAsync(edit.Db, cancellationToken);
        EnsureUnitUsable(units, input.DefaultUnitId, null);

        var category = new MatterCategory
        {
            Code = code,
            Name = input.Name.Trim(),
            ParentId = parent?.Id,
            DefaultUnitId = input.DefaultUnitId,
            StatutoryWorkingDays = input.StatutoryWorkingDays,
            Kind = input.Kind,
            IsActive = input.IsActive,
            SortOrder = edit.Tree.NextSortOrder,
        };
        var detail = new ChangeLog()
            .Field("编码", null, category.Code).Field("名称", null, category.Name).Field("上级分类", null, parent?.Name)
            .Field("默认承办单位", null, units.NameOf(category.DefaultUnitId))
            .Field("法定办结时限", null, Days(category.StatutoryWorkingDays))
            .Field("类别", null, category.Kind.DisplayName());
        return await edit.AddAsync(category, detail, cancellationToken);
    }

    /// <summary>Saves an edit; a different parent moves the category with its sub-tree.</summary>
    /// <returns>False when nothing differed from the stored category.</returns>
    public async Task<bool> UpdateAsync(Guid id, CategoryInput input, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        await using var edit = await _editor.BeginAsync(input, cancellationToken);
        var category = edit.Expect(id, loadedVersion);
        var code = edit.ClaimCode(input.Code, id);
        var (parent, moved) = edit.Tree.Reparent(category, input.ParentId);
        var units = await LoadUnitsAsync(edit.Db, cancellationToken);
        EnsureUnitUsable(units, input.DefaultUnitId, category.DefaultUnitId);

        var changes = new ChangeLog()
            .Field("编码", category.Code, code)
            .Field("名称", category.Name, input.Name.Trim())
            .Field("上级分类", edit.Tree.NameOf(category.ParentId), parent?.Name)
            .Field("默认承办单位", units.NameOf(category.DefaultUnitId), units.NameOf(input.DefaultUnitId))
            .Field("法定办结时限", Days(category.StatutoryWorkingDays), Days(input.StatutoryWorkingDays))
            .Field("类别", category.Kind.DisplayName(), input.Kind.DisplayName());
        return await edit.SaveEditAsync(category, changes, moved, () =>
        {
            category.Code = code;
            category.Name = input.Name.Trim();
            category.ParentId = parent?.Id;
            category.DefaultUnitId = input.DefaultUnitId;
            category.StatutoryWorkingDays = input.StatutoryWorkingDays;
            category.Kind = input.Kind;
        }, cancellationToken);
    }

    /// <summary>Deactivates or reactivates a category; deactivation is refused while active sub-categories remain.</summary>
    public Task SetActiveAsync(Guid id, bool active, Guid loadedVersion, CancellationToken cancellationToken = default) =>
        _editor.SetActiveAsync(id, active, loadedVersion, (edit, _) =>
        {
            var activeSubCategories = edit.Tree.ActiveDescendantNames(id);
            return Task.FromResult(activeSubCategories.Count == 0
                ? null
                : $"该分类还有 {activeSubCategories.Count} 个启用的下级分类（{TreeRules.NameList(activeSubCategories)}），请先停用下级分类。");
        }, cancellationToken);

    private static string? Days(int? days) => days is int value ? $"{value} 个工作日" : null;

    private static async Task<NodeChoices> LoadUnitsAsync(AdministrationDbContext db, CancellationToken cancellationToken) =>
        new(await db.Units.AsNoTracking().Select(u => new NodeChoice(u.Id, u.Name, u.IsActive)).ToListAsync(cancellationToken));

    /// <summary>Cases would be routed to the default unit, so a newly chosen one must be active.</summary>
    private static void EnsureUnitUsable(NodeChoices units, Guid? unitId, Guid? current) =>
        units.EnsureUsable(unitId, current, "所选的默认承办单位不存在，请刷新后重试。", name => $"单位“{name}”已停用，不能作为默认承办单位。");
}
