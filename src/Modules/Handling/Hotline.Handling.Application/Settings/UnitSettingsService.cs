namespace Hotline.Handling.Settings;

internal sealed record UnitSettingsView(Guid UnitId, bool RequireManagerApproval, Guid? Version);

/// <summary>本单位设置: the unit manager decides whether replies need the manager's approval.</summary>
internal sealed class UnitSettingsService(IDbContextFactory<HandlingDbContext> contexts, AccessGate gate, TimeProvider clock)
{
    public async Task<UnitSettingsView> GetAsync(CancellationToken cancellationToken = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitManager);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.UnitSettings.AsNoTracking().FirstOrDefaultAsync(s => s.UnitId == unitId, cancellationToken);
        return new UnitSettingsView(unitId, settings?.RequireManagerApproval ?? false, settings?.Version);
    }

    /// <param name="version">The version shown, null when the unit had no settings yet.</param>
    public async Task SaveAsync(bool requireManagerApproval, Guid? version, CancellationToken cancellationToken = default)
    {
        var (actor, unitId) = await gate.RequireUnitAsync(HotlineRoles.UnitManager);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var settings = await db.UnitSettings.FirstOrDefaultAsync(s => s.UnitId == unitId, cancellationToken);
        if (settings is null)
        {
            if (version is not null)
                throw new BusinessRuleException("本单位设置已被他人修改，请刷新后重试。");
            db.UnitSettings.Add(settings = new UnitHandlingSettings { UnitId = unitId });
        }
        else
        {
            db.Entry(settings).Property(s => s.Version).OriginalValue = version ?? Guid.Empty;
        }
        settings.RequireManagerApproval = requireManagerApproval;
        db.Audit(actor, clock, "修改本单位办理设置", "UnitHandlingSettings", unitId.ToString(), requireManagerApproval ? "答复须经单位负责人审核" : "答复无需审核");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException or DbUpdateException)
        {
            throw new BusinessRuleException("本单位设置已被他人修改，请刷新后重试。");
        }
    }
}
