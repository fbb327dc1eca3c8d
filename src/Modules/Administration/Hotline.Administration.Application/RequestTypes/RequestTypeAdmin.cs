namespace Hotline.Administration.RequestTypes;

/// <summary>
/// The six request types are fixed by the rules (002 ch. 2); only their completion limits are
/// configurable, so this service edits limits and nothing else.
/// </summary>
internal sealed class RequestTypeAdmin(IDbContextFactory<AdministrationDbContext> contexts, AdminGuard guard, TimeProvider clock)
{
    public async Task<IReadOnlyList<RequestTypeRow>> ListAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var types = await db.RequestTypes.AsNoTracking().ToListAsync(cancellationToken);
        return types.OrderBy(t => t.SortOrder)
            .Select(t => new RequestTypeRow(t.Code, t.Name, t.CompletionWorkingDays, t.Version))
            .ToList();
    }

    /// <returns>False when the limit was already the given value.</returns>
    public async Task<bool> SetCompletionLimitAsync(RequestTypeCode code, int workingDays, Guid loadedVersion, CancellationToken cancellationToken = default)
    {
        var actor = await guard.RequireAdminAsync();
        if (workingDays is < WorkingDayLimits.Min or > WorkingDayLimits.Max)
            throw new BusinessRuleException($"办结时限应为 {WorkingDayLimits.Min} 到 {WorkingDayLimits.Max} 个工作日。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var type = await db.RequestTypes.FirstOrDefaultAsync(t => t.Code == code, cancellationToken)
            ?? throw new BusinessRuleException("该诉求类型不存在，请刷新后重试。");
        VersionCheck.Expect(db, type, loadedVersion);
        if (type.CompletionWorkingDays == workingDays)
            return false;

        db.Audit(actor, clock, "修改诉求类型办结时限", nameof(RequestType), code.ToString(),
            $"{type.Name}：{type.CompletionWorkingDays} → {workingDays} 个工作日");
        type.CompletionWorkingDays = workingDays;
        await VersionCheck.SaveAsync(db, cancellationToken: cancellationToken);
        return true;
    }
}
