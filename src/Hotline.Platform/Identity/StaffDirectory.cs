namespace Hotline.Platform.Identity;

/// <summary>Answers <see cref="IStaffDirectory"/> from the accounts, so modules never query the identity tables themselves.</summary>
internal sealed class StaffDirectory(IDbContextFactory<PlatformDbContext> contexts) : IStaffDirectory
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
}
