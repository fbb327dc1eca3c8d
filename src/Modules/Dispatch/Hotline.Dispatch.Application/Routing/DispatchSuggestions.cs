namespace Hotline.Dispatch.Routing;

/// <summary>
/// Suggests where to send a case, each suggestion with its reason: the most specific routing rule,
/// the category's default unit, and the units that handled the same category in the same area most
/// often in the last 180 days.
/// </summary>
internal sealed class DispatchSuggestions(
    IDbContextFactory<DispatchDbContext> contexts,
    AccessGate gate,
    ICategoryCatalog categories,
    IAreaDirectory areas,
    IUnitDirectory units,
    TimeProvider clock)
{
    public const int HistoryDays = 180;
    public const int HistoryTake = 3;

    public async Task<IReadOnlyList<DispatchSuggestion>> ForCaseAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(DispatchAccess.Dispatchers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var dispatchCase = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.CaseId == caseId, cancellationToken);
        if (dispatchCase is null)
            return [];

        var categoryChain = await CategoryChainAsync(dispatchCase.CategoryId, cancellationToken);
        var areaChain = await AreaChainAsync(dispatchCase.AreaId, cancellationToken);
        var returned = (await db.Returns.AsNoTracking()
            .Where(r => r.CaseId == caseId && (r.Status == ReturnStatus.Approved || r.Status == ReturnStatus.DisputeUpheld))
            .Select(r => r.UnitId).ToListAsync(cancellationToken)).ToHashSet();
        var activeUnits = (await units.ActiveUnitsAsync(cancellationToken)).ToDictionary(u => u.Id);

        var suggestions = new List<DispatchSuggestion>();
        if (await RuleSuggestionAsync(db, categoryChain, areaChain, activeUnits, returned, cancellationToken) is { } rule)
            suggestions.Add(rule);
        if (DefaultUnitRule.Find(categoryChain) is { } fallback && activeUnits.TryGetValue(fallback.UnitId, out var defaultUnit))
        {
            var inherited = fallback.From.Id == dispatchCase.CategoryId ? "" : "（继承上级分类）";
            suggestions.Add(new DispatchSuggestion(SuggestionSource.CategoryDefault, Suggested(defaultUnit, returned), [],
                $"事项分类「{fallback.From.PathName}」的默认承办单位{inherited}"));
        }
        suggestions.AddRange(await HistorySuggestionsAsync(db, dispatchCase, activeUnits, returned, cancellationToken));
        return suggestions;
    }

    private async Task<DispatchSuggestion?> RuleSuggestionAsync(DispatchDbContext db, IReadOnlyList<CategoryInfo> categoryChain,
        IReadOnlyList<AreaInfo> areaChain, IReadOnlyDictionary<Guid, UnitInfo> activeUnits, IReadOnlySet<Guid> returned,
        CancellationToken cancellationToken)
    {
        var categoryIds = categoryChain.Select(c => c.Id).ToList();
        var rules = await db.RoutingRules.AsNoTracking()
            .Where(r => r.IsActive && categoryIds.Contains(r.CategoryId))
            .ToListAsync(cancellationToken);
        if (rules.Count == 0)
            return null;
        var activeCategories = categoryChain.Where(c => c.IsActive).Select(c => c.Id).ToHashSet();
        var activeAreas = areaChain.Where(a => a.IsActive).Select(a => a.Id).ToHashSet();
        var candidates = rules.Select(r => new RuleCandidate(r.Id, r.CategoryId, r.AreaId, r.LeadUnitId, r.CoUnits,
            Usable: activeCategories.Contains(r.CategoryId)
                    && (r.AreaId is not Guid area || activeAreas.Contains(area))
                    && activeUnits.ContainsKey(r.LeadUnitId)
                    && r.CoUnits.All(activeUnits.ContainsKey),
            r.UpdatedAtUtc));
        var match = RuleMatching.Best(candidates, categoryIds, areaChain.Select(a => a.Id).ToList());
        if (match is null)
            return null;
        var category = categoryChain[match.CategoryDepth];
        var areaText = match.AreaDepth is int depth ? areaChain[depth].PathName : "全部属地";
        var specificity = (match.CategoryDepth, match.AreaDepth) switch
        {
            (0, 0) => "分类与属地均精确匹配",
            (0, null) => "分类精确匹配，适用全部属地",
            (0, _) => "分类精确匹配，属地按上级区域匹配",
            (_, _) => "按上级分类匹配",
        };
        var note = rules.First(r => r.Id == match.Rule.RuleId).Note;
        return new DispatchSuggestion(SuggestionSource.RoutingRule,
            Suggested(activeUnits[match.Rule.LeadUnitId], returned),
            match.Rule.CoUnitIds.Select(id => Suggested(activeUnits[id], returned)).ToList(),
            $"派单规则「{category.PathName} × {areaText}」（{specificity}）" + (string.IsNullOrWhiteSpace(note) ? "" : $"：{note}"));
    }

    private async Task<IReadOnlyList<DispatchSuggestion>> HistorySuggestionsAsync(DispatchDbContext db, DispatchCase dispatchCase,
        IReadOnlyDictionary<Guid, UnitInfo> activeUnits, IReadOnlySet<Guid> returned, CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().UtcDateTime.AddDays(-HistoryDays);
        // Lead assignments of other cases like this one that were not handed back or taken away: units that actually handled them.
        var past = await (
            from a in db.Assignments.AsNoTracking()
            join c in db.Cases.AsNoTracking() on a.CaseId equals c.CaseId
            where c.CategoryId == dispatchCase.CategoryId && c.AreaId == dispatchCase.AreaId && c.CaseId != dispatchCase.CaseId
                  && a.Role == Contracts.AssignmentRole.Lead && a.ParentAssignmentId == null
                  && (a.Status == AssignmentStatus.Active || a.Status == AssignmentStatus.Finished)
                  && a.DispatchedAtUtc >= since
            select new PastAssignment(a.CaseId, a.UnitId, a.DispatchedAtUtc)).ToListAsync(cancellationToken);
        var inactive = past.Select(p => p.UnitId).Where(id => !activeUnits.ContainsKey(id));
        var ranked = HistoryRanking.Rank(past, returned.Concat(inactive).ToHashSet(), HistoryTake);
        return ranked.Select(h => new DispatchSuggestion(SuggestionSource.History, Suggested(activeUnits[h.UnitId], returned), [],
            $"近 {HistoryDays} 天同分类同属地主办 {h.Cases} 件（最近一次 {Hotline.Platform.Time.ChinaTime.Format(h.LastDispatchedAtUtc)}）")).ToList();
    }

    private static SuggestedUnit Suggested(UnitInfo unit, IReadOnlySet<Guid> returned) =>
        new(unit.Id, unit.PathName, returned.Contains(unit.Id));

    /// <summary>The case's category, then its ancestors up to the root (inactive ones included, so matching can skip them knowingly).</summary>
    private async Task<IReadOnlyList<CategoryInfo>> CategoryChainAsync(Guid categoryId, CancellationToken cancellationToken)
    {
        var chain = new List<CategoryInfo>();
        Guid? next = categoryId;
        while (next is Guid id && chain.Count < 20 && await categories.GetCategoryAsync(id, cancellationToken) is { } category)
        {
            chain.Add(category);
            next = category.ParentId;
        }
        return chain;
    }

    private async Task<IReadOnlyList<AreaInfo>> AreaChainAsync(Guid areaId, CancellationToken cancellationToken)
    {
        var chain = new List<AreaInfo>();
        Guid? next = areaId;
        while (next is Guid id && chain.Count < 20 && await areas.GetAreaAsync(id, cancellationToken) is { } area)
        {
            chain.Add(area);
            next = area.ParentId;
        }
        return chain;
    }
}
