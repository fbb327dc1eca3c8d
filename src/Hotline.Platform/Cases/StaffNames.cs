using Hotline.Platform.Identity;
using Hotline.Platform.Organization;

namespace Hotline.Platform.Cases;

/// <summary>How a member of staff is named on a case's flow record: their name and role, and their unit.</summary>
public sealed record StaffName(string Person, string UnitName);

/// <summary>
/// Turns the login names the modules record as actors into people's names: "赵强（承办人）" of 县住房和城乡建设局, not "zjj".
/// Names that are no account (系统, a caller's rating) stay as recorded.
/// </summary>
public sealed class StaffNames(IDbContextFactory<PlatformDbContext> contexts, IUnitDirectory units)
{
    public async Task<IReadOnlyDictionary<string, StaffName>> ResolveAsync(IEnumerable<string> userNames, CancellationToken cancellationToken = default)
    {
        var wanted = userNames.Where(n => !string.IsNullOrWhiteSpace(n)).Distinct().ToList();
        if (wanted.Count == 0)
            return new Dictionary<string, StaffName>();
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
        return rows.ToDictionary(r => r.UserName!, r => new StaffName(
            r.Role is null ? r.DisplayName : $"{r.DisplayName}（{HotlineRoles.DisplayName(r.Role)}）", unitNames.GetValueOrDefault(r.UnitId, "")));
    }
}
