using Hotline.Platform.Admin;
using Hotline.Platform.Auditing;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Platform.Organization;

/// <summary>The area tree (属地) as administrators change it; same shape as <see cref="UnitAdmin"/> with level rules instead of unit types.</summary>
internal sealed class AreaAdmin(IDbContextFactory<PlatformDbContext> contexts, AdminGuard guard, TimeProvider clock)
{
    private const string ObjectType = nameof(Area);

    public async Task<IReadOnlyList<AreaRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var areas = await db.Areas.AsNoTracking().ToListAsync(cancellationToken);
        return areas.OrderBy(a => a.SortOrder).ThenBy(a => a.Code, StringComparer.Ordinal)
            .Select(a => new AreaRow(a.Id, a.Code, a.Name, a.Level, a.ParentId, a.IsActive, a.Version))
            .ToList();
    }

    public async Task<Guid> CreateAsync(AreaInput input, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        InputValidation.Validate(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var code = InputValidation.NormalizeCode(input.Code);
        state.EnsureCodeFree(code, null);
        var parent = state.ActiveParent(input.ParentId);
        AreaRules.EnsurePlacement(input.Level, parent?.Level);

        var area = new Area
        {
            Code = code,
            Name = input.Name.Trim(),
            Level = input.Level,
            ParentId = parent?.Id,
            IsActive = input.IsActive,
            SortOrder = state.Areas.Count == 0 ? 0 : state.Areas.Max(a => a.SortOrder) + 1,
        };
        db.Areas.Add(area);
        var detail = new ChangeLog()
            .Field("编码", null, area.Code).Field("名称", null, area.Name).Field("层级", null, area.Level.DisplayName())
            .Field("上级区域", null, parent?.Name).Field("状态", null, area.IsActive ? "启用" : "停用");
        db.Audit(actor, clock, "新建属地区域", ObjectType, area.Id.ToString(), detail.ToString());
        await VersionCheck.SaveAsync(db, () => ExplainDuplicateAsync(code, area.Id, cancellationToken), cancellationToken);
        return area.Id;
    }

    /// <summary>Saves an edit; a different parent moves the area with its whole sub-tree.</summary>
    /// <returns>False when nothing differed from the stored area.</returns>
    public async Task<bool> UpdateAsync(Guid id, AreaInput input, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        InputValidation.Validate(input);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var area = state.Get(id);
        VersionCheck.Expect(db, area, loadedVersion);
        var code = InputValidation.NormalizeCode(input.Code);
        state.EnsureCodeFree(code, id);

        var moved = input.ParentId != area.ParentId;
        var parent = input.ParentId is Guid p ? state.Get(p) : null;
        if (moved)
        {
            TreeRules.EnsureCanPlace(state.Tree, id, input.ParentId, AreaRules.Noun);
            parent = state.ActiveParent(input.ParentId);
        }
        AreaRules.EnsureLevelChange(area.Level, input.Level, state.Tree.ChildrenOf(id).Count > 0);
        AreaRules.EnsurePlacement(input.Level, parent?.Level);

        var changes = new ChangeLog()
            .Field("编码", area.Code, code)
            .Field("名称", area.Name, input.Name.Trim())
            .Field("层级", area.Level.DisplayName(), input.Level.DisplayName())
            .Field("上级区域", state.NameOf(area.ParentId), parent?.Name);
        if (!changes.HasChanges)
            return false;

        area.Code = code;
        area.Name = input.Name.Trim();
        area.Level = input.Level;
        area.ParentId = parent?.Id;
        db.Audit(actor, clock, moved ? "移动属地区域" : "修改属地区域", ObjectType, id.ToString(), $"{area.Name}：{changes}");
        await VersionCheck.SaveAsync(db, () => ExplainDuplicateAsync(code, id, cancellationToken), cancellationToken);
        return true;
    }

    /// <summary>Deactivates or reactivates an area. Deactivation is refused while active sub-areas or units still sit in it.</summary>
    public async Task SetActiveAsync(Guid id, bool active, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var state = await LoadAsync(db, cancellationToken);
        var area = state.Get(id);
        VersionCheck.Expect(db, area, loadedVersion);
        if (area.IsActive == active)
            return;

        if (active)
        {
            if (area.ParentId is Guid parentId && !state.Get(parentId).IsActive)
                throw new BusinessRuleException($"上级区域“{state.Get(parentId).Name}”已停用，请先启用上级区域。");
        }
        else
        {
            var activeSubAreas = state.Tree.Descendants(id, includeSelf: false)
                .Select(state.Get).Where(a => a.IsActive).Select(a => a.Name).ToList();
            var activeUnits = await db.Units.Where(u => u.AreaId == id && u.IsActive)
                .OrderBy(u => u.SortOrder).Select(u => u.Name).ToListAsync(cancellationToken);
            if (AreaRules.DeactivationRefusal(activeSubAreas, activeUnits) is { } refusal)
                throw new BusinessRuleException(refusal);
        }

        area.IsActive = active;
        db.Audit(actor, clock, active ? "启用属地区域" : "停用属地区域", ObjectType, id.ToString(), $"{area.Code} {area.Name}");
        await VersionCheck.SaveAsync(db, cancellationToken: cancellationToken);
    }

    private async Task<string?> ExplainDuplicateAsync(string code, Guid id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var other = await db.Areas.AsNoTracking().FirstOrDefaultAsync(a => a.Code == code && a.Id != id, cancellationToken);
        return other is null ? null : CodeTakenMessage(code, other.Name);
    }

    private static string CodeTakenMessage(string code, string holder) => $"区域编码“{code}”已被“{holder}”使用，请换一个编码。";

    private static async Task<AreaTreeState> LoadAsync(PlatformDbContext db, CancellationToken cancellationToken)
    {
        var areas = await db.Areas.ToListAsync(cancellationToken);
        return new AreaTreeState(areas.OrderBy(a => a.SortOrder).ToList());
    }

    private sealed class AreaTreeState(List<Area> areas)
    {
        private readonly Dictionary<Guid, Area> _byId = areas.ToDictionary(a => a.Id);

        public List<Area> Areas { get; } = areas;

        public TreeIndex Tree { get; } = new(areas.Select(a => new TreeLink(a.Id, a.ParentId)));

        public Area Get(Guid id) =>
            _byId.TryGetValue(id, out var area) ? area : throw new BusinessRuleException("该区域不存在，请刷新后重试。");

        public string? NameOf(Guid? id) => id is Guid value && _byId.TryGetValue(value, out var area) ? area.Name : null;

        public Area? ActiveParent(Guid? parentId)
        {
            if (parentId is not Guid id)
                return null;
            var parent = Get(id);
            if (!parent.IsActive)
                throw new BusinessRuleException($"上级区域“{parent.Name}”已停用，不能把区域放在其下。");
            return parent;
        }

        public void EnsureCodeFree(string code, Guid? self)
        {
            var holder = Areas.FirstOrDefault(a => a.Id != self && string.Equals(a.Code, code, StringComparison.OrdinalIgnoreCase));
            if (holder is not null)
                throw new BusinessRuleException(CodeTakenMessage(code, holder.Name));
        }
    }
}
