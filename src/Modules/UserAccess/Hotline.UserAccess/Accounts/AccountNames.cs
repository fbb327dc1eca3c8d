namespace Hotline.UserAccess.Accounts;

/// <summary>Names the accounts in the audit log: "赵强（zjj）" instead of an id.</summary>
internal sealed class AccountNames(IDbContextFactory<UserAccessDbContext> contexts) : IAuditObjectNames
{
    public const string ObjectType = "User";

    public string Type => ObjectType;

    public async Task<IReadOnlyDictionary<string, string>> NamesAsync(IReadOnlyCollection<string> ids, CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => new StaffAccount(u.UserName!, u.DisplayName).ToString(), cancellationToken);
    }
}
