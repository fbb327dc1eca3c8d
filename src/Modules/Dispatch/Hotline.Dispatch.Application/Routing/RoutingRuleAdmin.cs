using Hotline.Platform.Security;
using Hotline.Dispatch.Dispatching;

namespace Hotline.Dispatch.Routing;

/// <summary>派单规则 maintenance by the CenterAdmin: validated against the current trees, versioned, audited.</summary>
internal sealed class RoutingRuleAdmin(
    IDbContextFactory<DispatchDbContext> contexts,
    AdminGuard guard,
    ICategoryCatalog categories,
    IAreaDirectory areas,
    IUnitDirectory units,
    TimeProvider clock)
{
    public const string ConflictMessage = "该规则已被他人修改，请刷新后重试。";
    public const int MaxNoteLength = 500;

    public async Task<RoutingRulePage> ListAsync(RoutingRuleFilter filter, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.RoutingRules.AsNoTracking();
        if (!filter.IncludeInactive)
            query = query.Where(r => r.IsActive);
        if (filter.CategoryId is Guid categoryId)
        {
            var ids = await categories.DescendantIdsAsync(categoryId, includeSelf: true, cancellationToken);
            query = query.Where(r => ids.Contains(r.CategoryId));
        }
        if (filter.UnitId is Guid unitId)
        {
            var text = unitId.ToString();
            query = query.Where(r => r.LeadUnitId == unitId || r.CoUnitIds.Contains(text));
        }
        var total = await query.CountAsync(cancellationToken);
        var rules = await query.OrderByDescending(r => r.IsActive).ThenByDescending(r => r.UpdatedAtUtc).ThenBy(r => r.Id)
            .Skip(Math.Max(page, 0) * Math.Clamp(pageSize, 1, 200)).Take(Math.Clamp(pageSize, 1, 200))
            .ToListAsync(cancellationToken);
        return new RoutingRulePage(await RowsAsync(rules, cancellationToken), total);
    }

    public async Task<RoutingRuleRow?> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rule = await db.RoutingRules.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, cancellationToken);
        return rule is null ? null : (await RowsAsync([rule], cancellationToken))[0];
    }

    /// <returns>The rule's id.</returns>
    public async Task<Guid> SaveAsync(RoutingRuleInput input, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        var (category, area, lead, coUnits) = await ValidateAsync(input, cancellationToken);
        var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
        if (note is { Length: > MaxNoteLength })
            throw new BusinessRuleException($"说明不能超过 {MaxNoteLength} 字。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        RoutingRule rule;
        if (input.Id is Guid id)
        {
            rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
                ?? throw new BusinessRuleException("该规则不存在，可能已被删除。");
            if (rule.Version != input.Version)
                throw new BusinessRuleException(ConflictMessage);
            db.Entry(rule).Property(r => r.Version).OriginalValue = input.Version;
        }
        else
        {
            db.RoutingRules.Add(rule = new RoutingRule());
        }
        await EnsureNoTwinAsync(db, rule.Id, category.Id, area?.Id, rule.IsActive, cancellationToken);
        rule.CategoryId = category.Id;
        rule.AreaId = area?.Id;
        rule.LeadUnitId = lead.Id;
        rule.SetCoUnits(coUnits.Select(u => u.Id));
        rule.Note = note;
        Stamp(rule, actor);
        var detail = $"{category.PathName} × {area?.PathName ?? "全部属地"} → 主办 {lead.Name}"
                     + (coUnits.Count > 0 ? $"，协办 {string.Join("、", coUnits.Select(u => u.Name))}" : "");
        db.Audit(actor, clock, input.Id is null ? "新增派单规则" : "修改派单规则", "RoutingRule", rule.Id.ToString(), detail);
        await SaveAsync(db, cancellationToken);
        return rule.Id;
    }

    /// <summary>Deactivates or reactivates a rule; reactivation checks the rule against the current trees again.</summary>
    public async Task SetActiveAsync(Guid id, bool active, Guid version, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rule = await db.RoutingRules.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new BusinessRuleException("该规则不存在，可能已被删除。");
        if (rule.Version != version)
            throw new BusinessRuleException(ConflictMessage);
        if (rule.IsActive == active)
            return;
        if (active)
        {
            await ValidateAsync(new RoutingRuleInput
            {
                Id = rule.Id, CategoryId = rule.CategoryId, AreaId = rule.AreaId, LeadUnitId = rule.LeadUnitId, CoUnitIds = rule.CoUnits,
            }, cancellationToken);
            await EnsureNoTwinAsync(db, rule.Id, rule.CategoryId, rule.AreaId, true, cancellationToken);
        }
        db.Entry(rule).Property(r => r.Version).OriginalValue = version;
        rule.IsActive = active;
        Stamp(rule, actor);
        db.Audit(actor, clock, active ? "启用派单规则" : "停用派单规则", "RoutingRule", rule.Id.ToString());
        await SaveAsync(db, cancellationToken);
    }

    private async Task<(CategoryInfo, AreaInfo?, UnitInfo, IReadOnlyList<UnitInfo>)> ValidateAsync(RoutingRuleInput input, CancellationToken cancellationToken)
    {
        if (input.CategoryId is not Guid categoryId)
            throw new BusinessRuleException("请选择事项分类。");
        var category = await categories.GetCategoryAsync(categoryId, cancellationToken)
            ?? throw new BusinessRuleException("所选事项分类不存在，请重新选择。");
        if (!category.IsActive)
            throw new BusinessRuleException($"事项分类「{category.PathName}」已停用，不能用于派单规则。");
        AreaInfo? area = null;
        if (input.AreaId is Guid areaId)
        {
            area = await areas.GetAreaAsync(areaId, cancellationToken) ?? throw new BusinessRuleException("所选属地不存在，请重新选择。");
            if (!area.IsActive)
                throw new BusinessRuleException($"属地「{area.PathName}」已停用，不能用于派单规则。");
        }
        var (lead, coUnits) = await DispatchValidation.UnitsAsync(units, input.LeadUnitId, input.CoUnitIds, cancellationToken);
        return (category, area, lead, coUnits);
    }

    /// <summary>Two active rules on the same category and area would make "the most specific rule" ambiguous.</summary>
    private static async Task EnsureNoTwinAsync(DispatchDbContext db, Guid ruleId, Guid categoryId, Guid? areaId, bool active, CancellationToken cancellationToken)
    {
        if (!active)
            return;
        var twin = await db.RoutingRules.AnyAsync(r => r.Id != ruleId && r.IsActive && r.CategoryId == categoryId && r.AreaId == areaId, cancellationToken);
        if (twin)
            throw new BusinessRuleException("已有相同事项分类和属地的启用规则，请直接修改该规则。");
    }

    private void Stamp(RoutingRule rule, Actor actor)
    {
        rule.UpdatedAtUtc = clock.GetUtcNow().UtcDateTime;
        rule.UpdatedBy = actor.UserName;
    }

    private static Task SaveAsync(DispatchDbContext db, CancellationToken cancellationToken) =>
        db.SaveOrConflictAsync(ConflictMessage, cancellationToken);

    private async Task<IReadOnlyList<RoutingRuleRow>> RowsAsync(IReadOnlyList<RoutingRule> rules, CancellationToken cancellationToken)
    {
        var categoryInfo = (await categories.GetCategoriesAsync(rules.Select(r => r.CategoryId).Distinct(), cancellationToken)).ToDictionary(c => c.Id);
        var areaInfo = (await areas.GetAreasAsync(rules.Where(r => r.AreaId is not null).Select(r => r.AreaId!.Value).Distinct(), cancellationToken))
            .ToDictionary(a => a.Id);
        var unitInfo = (await units.GetUnitsAsync(rules.SelectMany(r => r.CoUnits.Append(r.LeadUnitId)).Distinct(), cancellationToken))
            .ToDictionary(u => u.Id);
        return rules.Select(r =>
        {
            var problems = new List<string>();
            var category = categoryInfo.GetValueOrDefault(r.CategoryId);
            if (category is null)
                problems.Add("分类不存在");
            else if (!category.IsActive)
                problems.Add("分类已停用");
            AreaInfo? area = null;
            if (r.AreaId is Guid areaId)
            {
                area = areaInfo.GetValueOrDefault(areaId);
                if (area is null)
                    problems.Add("属地不存在");
                else if (!area.IsActive)
                    problems.Add("属地已停用");
            }
            var lead = unitInfo.GetValueOrDefault(r.LeadUnitId);
            if (lead is null || !lead.IsActive)
                problems.Add("主办单位已停用");
            var co = r.CoUnits.Select(unitInfo.GetValueOrDefault).ToList();
            if (co.Any(u => u is null || !u.IsActive))
                problems.Add("协办单位已停用");
            return new RoutingRuleRow(r.Id, r.CategoryId, category?.PathName ?? "（已删除的分类）", r.AreaId,
                r.AreaId is null ? "全部属地" : area?.PathName ?? "（已删除的属地）",
                r.LeadUnitId, lead?.Name ?? "（未知单位）", r.CoUnits, co.Select(u => u?.Name ?? "（未知单位）").ToList(),
                r.Note, r.IsActive, problems, r.UpdatedAtUtc, r.UpdatedBy, r.Version);
        }).ToList();
    }
}
