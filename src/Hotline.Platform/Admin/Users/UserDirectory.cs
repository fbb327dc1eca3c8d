using Hotline.Platform.Identity;
using Hotline.Platform.Organization;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Platform.Admin.Users;

/// <summary>Read side of user administration: the paged user list and the unit choices for user forms.</summary>
public sealed class UserDirectory(AdminGuard guard, IDbContextFactory<PlatformDbContext> contexts, TimeProvider clock, HostingOptions hosting)
{
    public const int MaxUnitOptions = 50;

    public async Task<UserPage> ListAsync(UserQuery query, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();

        // SQLite cannot compare DateTimeOffset in SQL, so "locked now" is decided here. Only accounts that were
        // ever locked have a lockout end, which keeps this list short.
        var lockoutEnds = await db.Users.Where(u => u.LockoutEnd != null)
            .Select(u => new { u.Id, u.LockoutEnd }).ToListAsync(cancellationToken);
        var lockedIds = lockoutEnds.Where(u => HotlineUserManager.IsLockedAt(u.LockoutEnd, now)).Select(u => u.Id).ToList();

        var rows =
            from u in db.Users
            join unit in db.Units on u.UnitId equals unit.Id into units
            from unit in units.DefaultIfEmpty()
            select new
            {
                User = u,
                UnitName = unit == null ? "" : unit.Name,
                Role = (from ur in db.UserRoles
                        join r in db.Roles on ur.RoleId equals r.Id
                        where ur.UserId == u.Id
                        select r.Name).FirstOrDefault(),
            };

        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var term = query.Search.Trim();
            // The normalized (upper-case) user name makes the match case-insensitive on every provider.
            var upper = term.ToUpperInvariant();
            rows = rows.Where(r => r.User.NormalizedUserName!.Contains(upper) || r.User.DisplayName.Contains(term) || r.User.PhoneExtension == term);
        }
        if (query.UnitId is { } unitId)
            rows = rows.Where(r => r.User.UnitId == unitId);
        if (!string.IsNullOrEmpty(query.Role))
            rows = rows.Where(r => r.Role == query.Role);
        rows = query.Status switch
        {
            UserStatus.Disabled => rows.Where(r => r.User.IsDisabled),
            UserStatus.LockedOut => rows.Where(r => !r.User.IsDisabled && lockedIds.Contains(r.User.Id)),
            UserStatus.Active => rows.Where(r => !r.User.IsDisabled && !lockedIds.Contains(r.User.Id)),
            _ => rows,
        };

        var total = await rows.CountAsync(cancellationToken);
        rows = (query.SortBy, query.Descending) switch
        {
            (UserSort.DisplayName, false) => rows.OrderBy(r => r.User.DisplayName).ThenBy(r => r.User.UserName),
            (UserSort.DisplayName, true) => rows.OrderByDescending(r => r.User.DisplayName).ThenBy(r => r.User.UserName),
            (UserSort.Unit, false) => rows.OrderBy(r => r.UnitName).ThenBy(r => r.User.UserName),
            (UserSort.Unit, true) => rows.OrderByDescending(r => r.UnitName).ThenBy(r => r.User.UserName),
            (UserSort.Role, false) => rows.OrderBy(r => r.Role).ThenBy(r => r.User.UserName),
            (UserSort.Role, true) => rows.OrderByDescending(r => r.Role).ThenBy(r => r.User.UserName),
            (UserSort.Created, false) => rows.OrderBy(r => r.User.CreatedAtUtc).ThenBy(r => r.User.UserName),
            (UserSort.Created, true) => rows.OrderByDescending(r => r.User.CreatedAtUtc).ThenBy(r => r.User.UserName),
            (_, true) => rows.OrderByDescending(r => r.User.UserName),
            _ => rows.OrderBy(r => r.User.UserName),
        };
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var page = await rows.Skip(Math.Max(query.Page, 0) * pageSize).Take(pageSize).ToListAsync(cancellationToken);

        var items = page.Select(r =>
        {
            var locked = HotlineUserManager.IsLockedAt(r.User.LockoutEnd, now);
            var status = r.User.IsDisabled ? UserStatus.Disabled : locked ? UserStatus.LockedOut : UserStatus.Active;
            return new UserRow(r.User.Id, r.User.UserName ?? "", r.User.DisplayName, r.User.UnitId, r.UnitName, r.Role, status,
                locked ? r.User.LockoutEnd!.Value.UtcDateTime : null, r.User.TwoFactorEnabled,
                r.Role is { } role && TwoFactorRule.RequiredForRoles.Contains(role) && TwoFactorRule.IsExempt(r.User.UserName, hosting.DemoMode),
                r.User.CreatedAtUtc, r.User.ConcurrencyStamp ?? "", r.User.PhoneExtension);
        }).ToList();
        return new UserPage(items, total);
    }

    /// <summary>Active units whose name or parent's name contains the text, for the unit pickers.</summary>
    public async Task<IReadOnlyList<UnitOption>> SearchUnitsAsync(string? text, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        var options = await AllUnitOptionsAsync(cancellationToken);
        var term = text?.Trim();
        return (string.IsNullOrEmpty(term) ? options : options.Where(o => o.Path.Contains(term, StringComparison.OrdinalIgnoreCase)))
            .Take(MaxUnitOptions).ToList();
    }

    public async Task<UnitOption?> FindUnitAsync(Guid unitId, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        return (await AllUnitOptionsAsync(cancellationToken)).FirstOrDefault(o => o.Id == unitId);
    }

    private async Task<List<UnitOption>> AllUnitOptionsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The unit tree is small (hundreds of nodes): load it whole and name each unit with its parent.
        var units = await db.Units.AsNoTracking()
            .Select(u => new { u.Id, u.Name, u.ParentId, u.Type, u.IsActive, u.SortOrder }).ToListAsync(cancellationToken);
        var names = units.ToDictionary(u => u.Id, u => u.Name);
        return units.Where(u => u.IsActive)
            .OrderBy(u => u.Type == UnitType.Center ? 0 : 1).ThenBy(u => u.SortOrder)
            .Select(u => new UnitOption(u.Id, u.Name,
                u.ParentId is { } parent && names.TryGetValue(parent, out var parentName) ? $"{parentName} / {u.Name}" : u.Name,
                u.Type))
            .ToList();
    }
}
