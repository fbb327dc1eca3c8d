namespace Hotline.Dispatch.Dispatching;

/// <summary>Checks a choice of lead and co-units against the current unit tree (shared by dispatch and routing rules).</summary>
internal static class DispatchValidation
{
    public const int MaxCoUnits = 10;
    public const int MaxNoteLength = 1000;

    /// <returns>The lead and co-units, validated, in the order chosen.</returns>
    /// <exception cref="BusinessRuleException">No lead, an unknown, inactive or center unit, a co-unit equal to the lead or given twice.</exception>
    public static async Task<(UnitInfo Lead, IReadOnlyList<UnitInfo> CoUnits)> UnitsAsync(IUnitDirectory units, Guid? leadUnitId,
        IReadOnlyList<Guid> coUnitIds, CancellationToken cancellationToken)
    {
        if (leadUnitId is not Guid leadId || leadId == Guid.Empty)
            throw new BusinessRuleException("请选择主办单位。");
        if (coUnitIds.Contains(leadId))
            throw new BusinessRuleException("协办单位不能与主办单位相同。");
        if (coUnitIds.Count != coUnitIds.Distinct().Count())
            throw new BusinessRuleException("协办单位不能重复选择。");
        if (coUnitIds.Count > MaxCoUnits)
            throw new BusinessRuleException($"协办单位最多 {MaxCoUnits} 个。");
        var found = (await units.GetUnitsAsync(coUnitIds.Append(leadId), cancellationToken)).ToDictionary(u => u.Id);
        var lead = Usable(found, leadId, "主办单位");
        var coUnits = coUnitIds.Select(id => Usable(found, id, "协办单位")).ToList();
        return (lead, coUnits);
    }

    private static UnitInfo Usable(IReadOnlyDictionary<Guid, UnitInfo> found, Guid id, string role)
    {
        if (!found.TryGetValue(id, out var unit))
            throw new BusinessRuleException($"{role}不存在，请重新选择。");
        if (!unit.IsActive)
            throw new BusinessRuleException($"{role}「{unit.Name}」已停用，请重新选择。");
        // The center dispatches; it does not handle. A case "sent" to it would never leave the queue's view.
        if (unit.Type == UnitType.Center)
            throw new BusinessRuleException($"不能把工单派给热线管理中心（{unit.Name}）。");
        return unit;
    }
}
