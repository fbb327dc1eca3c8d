using Hotline.Platform.Auditing;

namespace Hotline.Platform.Admin.Audit;

/// <summary>
/// Reads the audit log for administrators. There is deliberately nothing here that changes an
/// entry: the log is append-only (the save-changes interceptor refuses updates and deletes).
/// Reading is not itself audited.
/// </summary>
internal sealed class AuditLogAdmin(AdminGuard guard, IDbContextFactory<PlatformDbContext> contexts)
{
    /// <summary>One page of matching entries, newest first unless <paramref name="oldestFirst"/>.</summary>
    public async Task<PagedRows<AuditEntry>> SearchAsync(AuditLogFilter filter, int pageIndex, int pageSize,
        bool oldestFirst = false, CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        if (filter.From is { } from && filter.To is { } to && from > to)
            throw new BusinessRuleException("开始日期不能晚于结束日期。");

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = Apply(db.AuditLog.AsNoTracking(), filter);
        var total = await query.CountAsync(cancellationToken);
        // Id breaks ties between entries written in the same instant, in the order they were written.
        var ordered = oldestFirst
            ? query.OrderBy(a => a.AtUtc).ThenBy(a => a.Id)
            : query.OrderByDescending(a => a.AtUtc).ThenByDescending(a => a.Id);
        var (skip, take) = PagedRows<AuditEntry>.Window(pageIndex, pageSize);
        var items = await ordered.Skip(skip).Take(take).ToListAsync(cancellationToken);
        return new PagedRows<AuditEntry>(items, total);
    }

    /// <summary>The object types present in the log, for the filter's drop-down.</summary>
    public async Task<IReadOnlyList<string>> ObjectTypesAsync(CancellationToken cancellationToken = default)
    {
        await guard.RequireAdminAsync();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AuditLog.Select(a => a.ObjectType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);
    }

    private static IQueryable<AuditEntry> Apply(IQueryable<AuditEntry> query, AuditLogFilter filter)
    {
        if (filter.FromUtc is { } fromUtc)
            query = query.Where(a => a.AtUtc >= fromUtc);
        if (filter.BeforeUtc is { } beforeUtc)
            query = query.Where(a => a.AtUtc < beforeUtc);
        if (!string.IsNullOrWhiteSpace(filter.UserName))
        {
            var pattern = TextSearch.ContainsPattern(filter.UserName);
            query = query.Where(a => EF.Functions.Like(a.UserName, pattern, TextSearch.Escape));
        }
        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            var pattern = TextSearch.ContainsPattern(filter.Action);
            query = query.Where(a => EF.Functions.Like(a.Action, pattern, TextSearch.Escape));
        }
        if (!string.IsNullOrWhiteSpace(filter.ObjectType))
        {
            var objectType = filter.ObjectType.Trim();
            query = query.Where(a => a.ObjectType == objectType);
        }
        if (!string.IsNullOrWhiteSpace(filter.ObjectId))
        {
            var pattern = TextSearch.EqualsPattern(filter.ObjectId);
            query = query.Where(a => EF.Functions.Like(a.ObjectId, pattern, TextSearch.Escape));
        }
        return query;
    }
}
