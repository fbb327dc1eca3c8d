using Hotline.Platform.Identity;
using Hotline.Platform.Organization;

namespace Hotline.UserAccess.Accounts;

/// <summary>Read side of user administration: the paged user list and the unit choices for user forms.</summary>
internal sealed class UserDirectory(AdminGuard guard, IDbContextFactory<UserAccessDbContext> contexts, IUnitDirectory units, TimeProvider clock, HostingOptions hosting)
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
            select new ListedUser
            {
                User = u,
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
        var pageSize = Math.Clamp(query.PageSize, 1, 200);
        var skip = Math.Max(query.Page, 0) * pageSize;
        var unitNames = new Dictionary<Guid, string>();
        string UnitName(Guid id) => unitNames.GetValueOrDefault(id, "");
        async Task NameUnitsAsync(IEnumerable<Guid> ids)
        {
            foreach (var unit in await units.GetUnitsAsync(ids, cancellationToken))
                unitNames[unit.Id] = unit.Name;
        }

        List<ListedUser> page;
        if (query.SortBy == UserSort.Unit)
        {
            // Unit names live in another module's table: the filtered accounts (a county has hundreds) are ordered here.
            var keys = await rows.Select(r => new { r.User.Id, r.User.UnitId, r.User.UserName }).ToListAsync(cancellationToken);
            await NameUnitsAsync(keys.Select(k => k.UnitId));
            var ordered = query.Descending
                ? keys.OrderByDescending(k => UnitName(k.UnitId), StringComparer.Ordinal)
                : keys.OrderBy(k => UnitName(k.UnitId), StringComparer.Ordinal);
            var pageIds = ordered.ThenBy(k => k.UserName, StringComparer.Ordinal).Skip(skip).Take(pageSize).Select(k => k.Id).ToList();
            var found = await rows.Where(r => pageIds.Contains(r.User.Id)).ToDictionaryAsync(r => r.User.Id, cancellationToken);
            page = pageIds.Where(found.ContainsKey).Select(id => found[id]).ToList();
        }
        else
        {
            rows = (query.SortBy, query.Descending) switch
            {
                (UserSort.DisplayName, false) => rows.OrderBy(r => r.User.DisplayName).ThenBy(r => r.User.UserName),
                (UserSort.DisplayName, true) => rows.OrderByDescending(r => r.User.DisplayName).ThenBy(r => r.User.UserName),
                (UserSort.Role, false) => rows.OrderBy(r => r.Role).ThenBy(r => r.User.UserName),
                (UserSort.Role, true) => rows.OrderByDescending(r => r.Role).ThenBy(r => r.User.UserName),
                (UserSort.Created, false) => rows.OrderBy(r => r.User.CreatedAtUtc).ThenBy(r => r.User.UserName),
                (UserSort.Created, true) => rows.OrderByDescending(r => r.User.CreatedAtUtc).ThenBy(r => r.User.UserName),
                (_, true) => rows.OrderByDescending(r => r.User.UserName),
                _ => rows.OrderBy(r => r.User.UserName),
            };
            page = await rows.Skip(skip).Take(pageSize).ToListAsync(cancellationToken);
            await NameUnitsAsync(page.Select(r => r.User.UnitId));
        }

        var items = page.Select(r =>
        {
            var locked = HotlineUserManager.IsLockedAt(r.User.LockoutEnd, now);
            var status = r.User.IsDisabled ? UserStatus.Disabled : locked ? UserStatus.LockedOut : UserStatus.Active;
            return new UserRow(r.User.Id, r.User.UserName ?? "", r.User.DisplayName, r.User.UnitId, UnitName(r.User.UnitId), r.Role, status,
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
        var active = await units.ActiveUnitsAsync(cancellationToken);
        // A unit is named with its parent's name, also when the parent itself is switched off.
        var parents = (await units.GetUnitsAsync(active.Where(u => u.ParentId is not null).Select(u => u.ParentId!.Value), cancellationToken))
            .ToDictionary(u => u.Id, u => u.Name);
        return active
            .OrderBy(u => u.Type == UnitType.Center ? 0 : 1)
            .Select(u => new UnitOption(u.Id, u.Name,
                u.ParentId is { } parent && parents.TryGetValue(parent, out var parentName) ? $"{parentName} / {u.Name}" : u.Name,
                u.Type))
            .ToList();
    }

    private sealed class ListedUser
    {
        public required ApplicationUser User { get; init; }
        public string? Role { get; init; }
    }
}
