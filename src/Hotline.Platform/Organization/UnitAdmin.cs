using Hotline.Platform.Admin;
using Hotline.Platform.Auditing;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Platform.Organization;

/// <summary>
/// The member-unit tree as administrators change it: create, edit (including moving under another
/// parent), deactivate and reactivate. Each change checks the tree rules, the version the user
/// loaded, and is audited in the same save.
/// </summary>
internal sealed class UnitAdmin(IDbContextFactory<PlatformDbContext> contexts, AdminGuard guard, TimeProvider clock)
{
    private const string ObjectType = nameof(MemberUnit);

    public async Task<IReadOnlyList<UnitRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var activeUsers = await db.Users.Where(u => !u.IsDisabled)
            .GroupBy(u => u.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
        var units = await db.Units.AsNoTracking().ToListAsync(cancellationToken);
        return units.OrderBy(u => u.SortOrder).ThenBy(u => u.Code, StringComparer.Ordinal)
            .Select(u => new UnitRow(u.Id, u.Code, u.Name, u.Type, u.ParentId, u.AreaId, u.Leader, u.ContactPhone,
                u.IsActive, activeUsers.GetValueOrDefault(u.Id), u.Version))
            .ToList();
    }

    public async Task<Guid> CreateAsync(UnitInput input, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        InputValidation.Validate(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var code = InputValidation.NormalizeCode(input.Code);
        if (input.Type == UnitType.Center)
            throw new BusinessRuleException("系统中只能有一个热线管理中心。");
        state.EnsureCodeFree(code, null);
        var parent = state.ActiveParent(input.ParentId);
        UnitRules.EnsurePlacement(input.Type, parent?.Type);
        state.EnsureAreaUsable(input.AreaId, null);

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
            SortOrder = state.Units.Count == 0 ? 0 : state.Units.Max(u => u.SortOrder) + 1,
        };
        db.Units.Add(unit);
        var detail = new ChangeLog()
            .Field("编码", null, unit.Code).Field("名称", null, unit.Name).Field("类型", null, unit.Type.DisplayName())
            .Field("上级单位", null, parent?.Name).Field("属地", null, state.AreaName(unit.AreaId))
            .Field("负责人", null, unit.Leader).Field("联系电话", null, unit.ContactPhone)
            .Field("状态", null, unit.IsActive ? "启用" : "停用");
        db.Audit(actor, clock, "新建成员单位", ObjectType, unit.Id.ToString(), detail.ToString());
        await VersionCheck.SaveAsync(db, () => ExplainDuplicateAsync(code, unit.Id, cancellationToken), cancellationToken);
        return unit.Id;
    }

    /// <summary>Saves an edit; a different parent moves the unit with its whole sub-tree.</summary>
    /// <returns>False when nothing differed from the stored unit, so nothing was saved or audited.</returns>
    public async Task<bool> UpdateAsync(Guid id, UnitInput input, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        InputValidation.Validate(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var unit = state.Get(id);
        VersionCheck.Expect(db, unit, loadedVersion);
        var code = InputValidation.NormalizeCode(input.Code);
        state.EnsureCodeFree(code, id);
        UnitRules.EnsureTypeChange(unit.Type, input.Type, state.Tree.ChildrenOf(id).Select(c => state.Get(c).Type));

        var moved = input.ParentId != unit.ParentId;
        var parent = input.ParentId is Guid p ? state.Get(p) : null;
        if (moved)
        {
            UnitRules.EnsureCanMove(unit.Type);
            TreeRules.EnsureCanPlace(state.Tree, id, input.ParentId, UnitRules.Noun);
            parent = state.ActiveParent(input.ParentId);
        }
        UnitRules.EnsurePlacement(input.Type, parent?.Type);
        state.EnsureAreaUsable(input.AreaId, unit.AreaId);

        var changes = new ChangeLog()
            .Field("编码", unit.Code, code)
            .Field("名称", unit.Name, input.Name.Trim())
            .Field("类型", unit.Type.DisplayName(), input.Type.DisplayName())
            .Field("上级单位", state.NameOf(unit.ParentId), parent?.Name)
            .Field("属地", state.AreaName(unit.AreaId), state.AreaName(input.AreaId))
            .Field("负责人", unit.Leader, InputValidation.Optional(input.Leader))
            .Field("联系电话", unit.ContactPhone, InputValidation.Optional(input.ContactPhone));
        if (!changes.HasChanges)
            return false;

        unit.Code = code;
        unit.Name = input.Name.Trim();
        unit.Type = input.Type;
        unit.ParentId = parent?.Id;
        unit.AreaId = input.AreaId;
        unit.Leader = InputValidation.Optional(input.Leader);
        unit.ContactPhone = InputValidation.Optional(input.ContactPhone);
        db.Audit(actor, clock, moved ? "移动成员单位" : "修改成员单位", ObjectType, id.ToString(), $"{unit.Name}：{changes}");
        await VersionCheck.SaveAsync(db, () => ExplainDuplicateAsync(code, id, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>Deactivates or reactivates a unit. Deactivation is refused while anything still depends on the unit.</summary>
    public async Task SetActiveAsync(Guid id, bool active, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var unit = state.Get(id);
        VersionCheck.Expect(db, unit, loadedVersion);
        if (unit.IsActive == active)
            return;

        if (active)
        {
            if (unit.ParentId is Guid parentId && !state.Get(parentId).IsActive)
                throw new BusinessRuleException($"上级单位“{state.Get(parentId).Name}”已停用，请先启用上级单位。");
        }
        else
        {
            var activeSubUnits = state.Tree.Descendants(id, includeSelf: false)
                .Select(state.Get).Where(u => u.IsActive).Select(u => u.Name).ToList();
            var activeUsers = await db.Users.CountAsync(u => u.UnitId == id && !u.IsDisabled, cancellationToken);
            var categories = await db.Categories.Where(c => c.DefaultUnitId == id && c.IsActive)
                .OrderBy(c => c.SortOrder).Select(c => c.Name).ToListAsync(cancellationToken);
            if (UnitRules.DeactivationRefusal(unit.Type, activeSubUnits, activeUsers, categories) is { } refusal)
                throw new BusinessRuleException(refusal);
        }

        unit.IsActive = active;
        db.Audit(actor, clock, active ? "启用成员单位" : "停用成员单位", ObjectType, id.ToString(), $"{unit.Code} {unit.Name}");
        await VersionCheck.SaveAsync(db, cancellationToken: cancellationToken);
    }

    private async Task<string?> ExplainDuplicateAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var other = await db.Units.AsNoTracking().FirstOrDefaultAsync(u => u.Code == code && u.Id != id, cancellationToken);
        return other is null ? null : CodeTakenMessage(code, other.Name);
    }

    private static string CodeTakenMessage(string code, string holder) => $"单位编码“{code}”已被“{holder}”使用，请换一个编码。";

    private static async Task<UnitTreeState> LoadAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var units = await db.Units.ToListAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToListAsync(cancellationToken);
        return new UnitTreeState(units.OrderBy(u => u.SortOrder).ToList(), areas);
    }

    /// <summary>The whole tree tracked in one context: rules look at it in memory instead of asking the database node by node.</summary>
    private sealed class UnitTreeState(List<MemberUnit> units, List<Area> areas)
    {
        private readonly Dictionary<Guid, MemberUnit> _byId = units.ToDictionary(u => u.Id);
        private readonly Dictionary<Guid, Area> _areas = areas.ToDictionary(a => a.Id);

        public List<MemberUnit> Units { get; } = units;

        public TreeIndex Tree { get; } = new(units.Select(u => new TreeLink(u.Id, u.ParentId)));

        public MemberUnit Get(Guid id) =>
            _byId.TryGetValue(id, out var unit) ? unit : throw new BusinessRuleException("该单位不存在，请刷新后重试。");

        public string? NameOf(Guid? id) => id is Guid value && _byId.TryGetValue(value, out var unit) ? unit.Name : null;

        public string? AreaName(Guid? id) => id is Guid value && _areas.TryGetValue(value, out var area) ? area.Name : null;

        /// <summary>A new parent must be active: nothing active may hang below a deactivated unit.</summary>
        public MemberUnit? ActiveParent(Guid? parentId)
        {
            if (parentId is not Guid id)
                return null;
            var parent = Get(id);
            if (!parent.IsActive)
                throw new BusinessRuleException($"上级单位“{parent.Name}”已停用，不能把单位放在其下。");
            return parent;
        }

        public void EnsureCodeFree(string code, Guid? self)
        {
            var holder = Units.FirstOrDefault(u => u.Id != self && string.Equals(u.Code, code, StringComparison.OrdinalIgnoreCase));
            if (holder is not null)
                throw new BusinessRuleException(CodeTakenMessage(code, holder.Name));
        }

        /// <summary>A newly chosen area must exist and be active; an unchanged one is left alone even if it was deactivated since.</summary>
        public void EnsureAreaUsable(Guid? areaId, Guid? current)
        {
            if (areaId is not Guid id || areaId == current)
                return;
            if (!_areas.TryGetValue(id, out var area))
                throw new BusinessRuleException("所选的属地区域不存在，请刷新后重试。");
            if (!area.IsActive)
                throw new BusinessRuleException($"属地区域“{area.Name}”已停用，请选择启用的区域。");
        }
    }
}
