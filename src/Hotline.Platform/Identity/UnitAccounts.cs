namespace Hotline.Platform.Identity;

/// <summary>Enabled accounts per unit: the unit list shows them, and a unit that still has some cannot be switched off.</summary>
public sealed class UnitAccounts(IDbContextFactory<PlatformDbContext> contexts)
{
    public async Task<IReadOnlyDictionary<Guid, int>> EnabledPerUnitAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => !u.IsDisabled)
            .GroupBy(u => u.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }

    public async Task<int> EnabledInUnitAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.CountAsync(u => u.UnitId == unitId && !u.IsDisabled, cancellationToken);
    }
}
