namespace Hotline.Platform.Identity;

/// <summary>
/// Who works where, for every module that must reach people: the accounts of a unit or a role to notify, the agent at a
/// desk phone's extension. Disabled accounts are never returned: they receive nothing and take no calls.
/// </summary>
public interface IStaffDirectory
{
    /// <summary>The unit's enabled accounts with their mobile numbers (null when none is on record).</summary>
    Task<IReadOnlyList<StaffContact>> EnabledInUnitAsync(Guid unitId, CancellationToken cancellationToken = default);

    /// <summary>The ids of the enabled accounts holding the role.</summary>
    Task<IReadOnlyList<string>> EnabledInRoleAsync(string role, CancellationToken cancellationToken = default);

    /// <summary>The id of the enabled account at this 坐席分机号, or null.</summary>
    Task<string?> AtExtensionAsync(string extension, CancellationToken cancellationToken = default);

    /// <summary>The account's own 坐席分机号, or null when it has none.</summary>
    Task<string?> ExtensionOfAsync(string userId, CancellationToken cancellationToken = default);

    /// <summary>The accounts found among the ids, disabled ones included (a past entry still names its author).</summary>
    Task<IReadOnlyDictionary<string, StaffAccount>> AccountsAsync(IEnumerable<string> userIds, CancellationToken cancellationToken = default);

    /// <summary>The ids of the accounts whose user name or display name contains the text, for a search box.</summary>
    Task<IReadOnlyList<string>> MatchingAsync(string text, CancellationToken cancellationToken = default);

    /// <summary>
    /// How the login names the modules record as actors read on a case's flow record: "赵强（承办人）" of 县住房和城乡建设局,
    /// not "zjj". Names that are no account (系统, a caller's rating) are left out.
    /// </summary>
    Task<IReadOnlyDictionary<string, StaffOnRecord>> NamesAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default);

    Task<int> EnabledCountAsync(CancellationToken cancellationToken = default);

    /// <summary>Enabled accounts per unit (units without any are left out): a unit that still has some cannot be switched off.</summary>
    Task<IReadOnlyDictionary<Guid, int>> EnabledPerUnitAsync(CancellationToken cancellationToken = default);
}

/// <summary>An account by its two names: the one it signs in with and the one people read.</summary>
public sealed record StaffAccount(string UserName, string DisplayName)
{
    /// <summary>"赵强（zjj）", as the administrator's lists show a person.</summary>
    public override string ToString() => $"{DisplayName}（{UserName}）";
}

/// <summary>How a member of staff is named on a case's flow record: their name and role, and their unit.</summary>
public sealed record StaffOnRecord(string Person, string UnitName);

/// <summary>An account as a notification sees it: whom to address, and the number an SMS goes to.</summary>
public sealed record StaffContact(string UserId, string? Phone);
