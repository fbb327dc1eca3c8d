using Hotline.Platform.Organization;

namespace Hotline.UserAccess.Accounts;

public enum UserStatus
{
    Active,
    Disabled,
    LockedOut,
}

internal static class UserStatusNames
{
    public static string DisplayName(this UserStatus status) => status switch
    {
        UserStatus.Active => "正常",
        UserStatus.Disabled => "停用",
        UserStatus.LockedOut => "锁定中",
        _ => status.ToString(),
    };
}

/// <summary>Sort keys the user list accepts (the table's sort labels).</summary>
internal static class UserSort
{
    public const string UserName = "userName";
    public const string DisplayName = "displayName";
    public const string Unit = "unit";
    public const string Role = "role";
    public const string Created = "created";
}

/// <summary>One page request of the user list: filters, sort and page, all applied by the database.</summary>
internal sealed record UserQuery
{
    public string? Search { get; init; }
    public Guid? UnitId { get; init; }
    public string? Role { get; init; }
    public UserStatus? Status { get; init; }
    public string SortBy { get; init; } = UserSort.UserName;
    public bool Descending { get; init; }
    public int Page { get; init; }
    public int PageSize { get; init; } = 20;
}

internal sealed record UserPage(IReadOnlyList<UserRow> Items, int TotalCount);

public sealed record UserRow(
    string Id,
    string UserName,
    string DisplayName,
    Guid UnitId,
    string UnitName,
    string? Role,
    UserStatus Status,
    DateTime? LockedUntilUtc,
    bool TwoFactorEnabled,
    bool TwoFactorExempt,
    DateTime CreatedAtUtc,
    string ConcurrencyStamp,
    string? PhoneExtension)
{
    public string RoleName => Role is null ? "（无角色）" : HotlineRoles.DisplayName(Role);

    public string TwoFactorText => TwoFactorEnabled ? "已启用" : TwoFactorExempt ? "免验证（演示）" : "未启用";
}

/// <summary>A unit as the user forms offer it: active units only, named with their parent so same-named villages differ.</summary>
public sealed record UnitOption(Guid Id, string Name, string Path, UnitType Type)
{
    public string Label => $"{Path}（{Type.DisplayName()}）";

    public bool IsCenter => Type == UnitType.Center;
}

internal sealed record NewUser(string UserName, string DisplayName, Guid UnitId, string Role, string Password);

/// <summary>
/// An edit of an existing user; <see cref="ConcurrencyStamp"/> is the version the administrator loaded.
/// <see cref="PhoneExtension"/> is the 坐席分机号 to keep: blank clears it.
/// </summary>
internal sealed record UserEdit(string Id, string DisplayName, Guid UnitId, string Role, string ConcurrencyStamp, string? PhoneExtension);

/// <summary>The outcome of a password reset: the generated password is shown once and never stored in clear.</summary>
internal sealed record PasswordResetResult(string? GeneratedPassword);
