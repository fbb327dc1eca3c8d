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
}

/// <summary>An account as a notification sees it: whom to address, and the number an SMS goes to.</summary>
public sealed record StaffContact(string UserId, string? Phone);
