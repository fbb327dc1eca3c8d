using Hotline.Platform.Persistence;
using Hotline.Platform.Organization;

namespace Hotline.UserAccess.Staff;

/// <summary>Answers <see cref="IStaffDirectory"/> from the accounts, so modules never query the identity tables themselves.</summary>
internal sealed class StaffDirectory(IDbContextFactory<UserAccessDbContext> contexts, IUnitDirectory units) : IStaffDirectory
{
    public async Task<IReadOnlyList<StaffContact>> EnabledInUnitAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.UnitId == unitId && !u.IsDisabled)
            .Select(u => new StaffContact(u.Id, u.PhoneNumber)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<string>> EnabledInRoleAsync(string role, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await (
            from u in db.Users
            join ur in db.UserRoles on u.Id equals ur.UserId
            join r in db.Roles on ur.RoleId equals r.Id
            where r.Name == role && !u.IsDisabled
            select u.Id).ToListAsync(cancellationToken);
    }

    public async Task<string?> AtExtensionAsync(string extension, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.PhoneExtension == extension && !u.IsDisabled)
            .Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<string?> ExtensionOfAsync(string userId, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => u.Id == userId).Select(u => u.PhoneExtension).FirstOrDefaultAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, StaffAccount>> AccountsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default)
    {
        var ids = userIds.Distinct().ToList();
        if (ids.Count == 0)
            return new Dictionary<string, StaffAccount>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new StaffAccount(u.UserName!, u.DisplayName), cancellationToken);
    }

    public async Task<IReadOnlyList<string>> MatchingAsync(string text, CancellationToken cancellationToken = default)
    {
        var pattern = TextSearch.ContainsPattern(text);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users
            .Where(u => EF.Functions.Like(u.UserName!, pattern, TextSearch.Escape) || EF.Functions.Like(u.DisplayName, pattern, TextSearch.Escape))
            .Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, StaffOnRecord>> NamesAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default)
    {
        var wanted = userNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, StaffOnRecord>();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await (
            from u in db.Users
            where wanted.Contains(u.UserName!)
            select new
            {
                u.UserName,
                u.DisplayName,
                u.UnitId,
                Role = (from ur in db.UserRoles join r in db.Roles on ur.RoleId equals r.Id where ur.UserId == u.Id select r.Name).FirstOrDefault(),
            }).ToListAsync(cancellationToken);
        var unitNames = (await units.GetUnitsAsync(rows.Select(r => r.UnitId), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        return rows.ToDictionary(r => r.UserName!, r => new StaffOnRecord(
            r.Role is null ? r.DisplayName : $"{r.DisplayName}（{HotlineRoles.DisplayName(r.Role)}）", unitNames.GetValueOrDefault(r.UnitId, "")));
    }

    public async Task<int> EnabledCountAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.CountAsync(u => !u.IsDisabled, cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, int>> EnabledPerUnitAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.Where(u => !u.IsDisabled)
            .GroupBy(u => u.UnitId).Select(g => new { g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.Key, x => x.Count, cancellationToken);
    }
}
