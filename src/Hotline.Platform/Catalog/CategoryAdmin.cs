using Hotline.Platform.Admin;
using Hotline.Platform.Auditing;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Platform.Catalog;

/// <summary>The matter-category tree as administrators change it: same tree rules as units, plus default unit and statutory limit.</summary>
internal sealed class CategoryAdmin(IDbContextFactory<PlatformDbContext> contexts, AdminGuard guard, TimeProvider clock)
{
    private const string ObjectType = nameof(MatterCategory);
    private const string Noun = "分类";

    public async Task<IReadOnlyList<CategoryRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var categories = await db.Categories.AsNoTracking().ToListAsync(cancellationToken);
        return categories.OrderBy(c => c.SortOrder).ThenBy(c => c.Code, StringComparer.Ordinal)
            .Select(c => new CategoryRow(c.Id, c.Code, c.Name, c.ParentId, c.DefaultUnitId, c.StatutoryWorkingDays, c.Kind, c.IsActive, c.Version))
            .ToList();
    }

    public async Task<Guid> CreateAsync(CategoryInput input, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        InputValidation.Validate(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var code = InputValidation.NormalizeCode(input.Code);
        state.EnsureCodeFree(code, null);
        var parent = state.ActiveParent(input.ParentId);
        state.EnsureUnitUsable(input.DefaultUnitId, null);

        var category = new MatterCategory
        {
            Code = code,
            Name = input.Name.Trim(),
            ParentId = parent?.Id,
            DefaultUnitId = input.DefaultUnitId,
            StatutoryWorkingDays = input.StatutoryWorkingDays,
            Kind = input.Kind,
            IsActive = input.IsActive,
            SortOrder = state.Categories.Count == 0 ? 0 : state.Categories.Max(c => c.SortOrder) + 1,
        };
        db.Categories.Add(category);
        var detail = new ChangeLog()
            .Field("编码", null, category.Code).Field("名称", null, category.Name).Field("上级分类", null, parent?.Name)
            .Field("默认承办单位", null, state.UnitName(category.DefaultUnitId))
            .Field("法定办结时限", null, Days(category.StatutoryWorkingDays))
            .Field("类别", null, category.Kind.DisplayName()).Field("状态", null, category.IsActive ? "启用" : "停用");
        db.Audit(actor, clock, "新建事项分类", ObjectType, category.Id.ToString(), detail.ToString());
        await VersionCheck.SaveAsync(db, () => ExplainDuplicateAsync(code, category.Id, cancellationToken), cancellationToken);
        return category.Id;
    }

    /// <summary>Saves an edit; a different parent moves the category with its sub-tree.</summary>
    /// <returns>False when nothing differed from the stored category.</returns>
    public async Task<bool> UpdateAsync(Guid id, CategoryInput input, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        InputValidation.Validate(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var category = state.Get(id);
        VersionCheck.Expect(db, category, loadedVersion);
        var code = InputValidation.NormalizeCode(input.Code);
        state.EnsureCodeFree(code, id);

        var moved = input.ParentId != category.ParentId;
        var parent = input.ParentId is Guid p ? state.Get(p) : null;
        if (moved)
        {
            TreeRules.EnsureCanPlace(state.Tree, id, input.ParentId, Noun);
            parent = state.ActiveParent(input.ParentId);
        }
        state.EnsureUnitUsable(input.DefaultUnitId, category.DefaultUnitId);

        var changes = new ChangeLog()
            .Field("编码", category.Code, code)
            .Field("名称", category.Name, input.Name.Trim())
            .Field("上级分类", state.NameOf(category.ParentId), parent?.Name)
            .Field("默认承办单位", state.UnitName(category.DefaultUnitId), state.UnitName(input.DefaultUnitId))
            .Field("法定办结时限", Days(category.StatutoryWorkingDays), Days(input.StatutoryWorkingDays))
            .Field("类别", category.Kind.DisplayName(), input.Kind.DisplayName());
        if (!changes.HasChanges)
            return false;

        category.Code = code;
        category.Name = input.Name.Trim();
        category.ParentId = parent?.Id;
        category.DefaultUnitId = input.DefaultUnitId;
        category.StatutoryWorkingDays = input.StatutoryWorkingDays;
        category.Kind = input.Kind;
        db.Audit(actor, clock, moved ? "移动事项分类" : "修改事项分类", ObjectType, id.ToString(), $"{category.Name}：{changes}");
        await VersionCheck.SaveAsync(db, () => ExplainDuplicateAsync(code, id, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>Deactivates or reactivates a category; deactivation is refused while active sub-categories remain.</summary>
    public async Task SetActiveAsync(Guid id, bool active, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var category = state.Get(id);
        VersionCheck.Expect(db, category, loadedVersion);
        if (category.IsActive == active)
            return;

        if (active)
        {
            if (category.ParentId is Guid parentId && !state.Get(parentId).IsActive)
                throw new BusinessRuleException($"上级分类“{state.Get(parentId).Name}”已停用，请先启用上级分类。");
        }
        else
        {
            var activeSubCategories = state.Tree.Descendants(id, includeSelf: false)
                .Select(state.Get).Where(c => c.IsActive).Select(c => c.Name).ToList();
            if (activeSubCategories.Count > 0)
                throw new BusinessRuleException(
                    $"该分类还有 {activeSubCategories.Count} 个启用的下级分类（{TreeRules.NameList(activeSubCategories)}），请先停用下级分类。");
        }

        category.IsActive = active;
        db.Audit(actor, clock, active ? "启用事项分类" : "停用事项分类", ObjectType, id.ToString(), $"{category.Code} {category.Name}");
        await VersionCheck.SaveAsync(db, cancellationToken: cancellationToken);
    }

    private static string? Days(int? days) => days is int value ? $"{value} 个工作日" : null;

    private async Task<string?> ExplainDuplicateAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var other = await db.Categories.AsNoTracking().FirstOrDefaultAsync(c => c.Code == code && c.Id != id, cancellationToken);
        return other is null ? null : CodeTakenMessage(code, other.Name);
    }

    private static string CodeTakenMessage(string code, string holder) => $"分类编码“{code}”已被“{holder}”使用，请换一个编码。";

    private static async Task<CategoryTreeState> LoadAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var categories = await db.Categories.ToListAsync(cancellationToken);
        var units = await db.Units.AsNoTracking().Select(u => new UnitRef(u.Id, u.Name, u.IsActive)).ToListAsync(cancellationToken);
        return new CategoryTreeState(categories.OrderBy(c => c.SortOrder).ToList(), units);
    }

    private sealed record UnitRef(Guid Id, string Name, bool IsActive);

    private sealed class CategoryTreeState(List<MatterCategory> categories, List<UnitRef> units)
    {
        private readonly Dictionary<Guid, MatterCategory> _byId = categories.ToDictionary(c => c.Id);
        private readonly Dictionary<Guid, UnitRef> _units = units.ToDictionary(u => u.Id);

        public List<MatterCategory> Categories { get; } = categories;

        public TreeIndex Tree { get; } = new(categories.Select(c => new TreeLink(c.Id, c.ParentId)));

        public MatterCategory Get(Guid id) =>
            _byId.TryGetValue(id, out var category) ? category : throw new BusinessRuleException("该分类不存在，请刷新后重试。");

        public string? NameOf(Guid? id) => id is Guid value && _byId.TryGetValue(value, out var category) ? category.Name : null;

        public string? UnitName(Guid? id) => id is Guid value && _units.TryGetValue(value, out var unit) ? unit.Name : null;

        public MatterCategory? ActiveParent(Guid? parentId)
        {
            if (parentId is not Guid id)
                return null;
            var parent = Get(id);
            if (!parent.IsActive)
                throw new BusinessRuleException($"上级分类“{parent.Name}”已停用，不能把分类放在其下。");
            return parent;
        }

        public void EnsureCodeFree(string code, Guid? self)
        {
            var holder = Categories.FirstOrDefault(c => c.Id != self && string.Equals(c.Code, code, StringComparison.OrdinalIgnoreCase));
            if (holder is not null)
                throw new BusinessRuleException(CodeTakenMessage(code, holder.Name));
        }

        /// <summary>Cases would be routed to the default unit, so a newly chosen one must be active.</summary>
        public void EnsureUnitUsable(Guid? unitId, Guid? current)
        {
            if (unitId is not Guid id || unitId == current)
                return;
            if (!_units.TryGetValue(id, out var unit))
                throw new BusinessRuleException("所选的默认承办单位不存在，请刷新后重试。");
            if (!unit.IsActive)
                throw new BusinessRuleException($"单位“{unit.Name}”已停用，不能作为默认承办单位。");
        }
    }
}
