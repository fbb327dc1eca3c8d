using Hotline.Platform.Catalog;
using Hotline.Platform.Notifications;
using Hotline.Platform.Organization;

namespace Hotline.Archive.Workbench;

/// <summary>The clerk's search: every field optional; dates are China calendar days of the closing, both ends included.</summary>
internal sealed record ArchiveQuery
{
    public const int KeywordMax = 100;

    /// <summary>An archive number or a case number, whole or its beginning.</summary>
    public string? Number { get; init; }
    public int? Year { get; init; }
    /// <summary>The category and everything under it.</summary>
    public Guid? CategoryId { get; init; }
    public Guid? UnitId { get; init; }
    /// <summary>The area and everything under it.</summary>
    public Guid? AreaId { get; init; }
    /// <summary>The caller's whole number (a partial one is refused); every such search is audited.</summary>
    public string? CallerPhone { get; init; }
    public DateOnly? ClosedFrom { get; init; }
    public DateOnly? ClosedTo { get; init; }
    public string? Keyword { get; init; }
    public int Skip { get; init; }
    public int Take { get; init; } = 20;
}

internal sealed record ArchiveRow(
    Guid Id, string ArchiveNumber, RecordKind Kind, string CaseNumber, int Year, string RequestType, string CategoryName, string LeadUnitName,
    RetentionPeriod Retention, bool Confidential, DateTime ClosedAtUtc, DateTime ArchivedAtUtc, string ContentPreview, bool Destroyed);

/// <summary>Server-paged search over the records' search columns; the archive clerk's alone.</summary>
internal sealed class ArchiveSearch(
    IDbContextFactory<ArchiveDbContext> contexts, AccessGate gate, ICategoryCatalog categories, IAreaDirectory areas, TimeProvider clock)
{
    public const int PreviewLength = 60;
    public const string PhoneSearchAction = "按来电号码查询档案";

    public async Task<(IReadOnlyList<ArchiveRow> Rows, int Total)> SearchAsync(ArchiveQuery query, CancellationToken ct = default)
    {
        var actor = await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        var q = await FilterAsync(db, query, ct);
        var total = await q.CountAsync(ct);
        if (!string.IsNullOrWhiteSpace(query.CallerPhone))
        {
            // Who looked for whose records is itself on record; the number is kept masked there.
            db.Audit(actor, clock, PhoneSearchAction, "Archive", PhoneMask.Mask(query.CallerPhone), $"命中 {total} 件");
            await db.SaveChangesAsync(ct);
        }
        var rows = await q.OrderByDescending(r => r.Year).ThenByDescending(r => r.Sequence)
            .Skip(Math.Max(0, query.Skip)).Take(Math.Clamp(query.Take, 1, 100))
            .Select(r => new ArchiveRow(r.Id, r.ArchiveNumber, r.Kind, r.CaseNumber, r.Year, r.RequestType, r.CategoryName, r.LeadUnitName,
                r.Retention, r.Confidential, r.ClosedAtUtc, r.ArchivedAtUtc, r.Content.Length > PreviewLength ? r.Content.Substring(0, PreviewLength) + "…" : r.Content,
                r.DestroyedAtUtc != null))
            .ToListAsync(ct);
        return (rows, total);
    }

    /// <summary>The query's records, checked first (a refused query throws with a message for the form). No access check: callers do it.</summary>
    public async Task<IQueryable<ArchiveRecord>> FilterAsync(ArchiveDbContext db, ArchiveQuery query, CancellationToken ct)
    {
        if (query.ClosedFrom is { } from && query.ClosedTo is { } to && from > to)
            throw new BusinessRuleException("起始日期不能晚于结束日期。", nameof(ArchiveQuery.ClosedFrom));
        var keyword = query.Keyword?.Trim();
        if (keyword is { Length: > ArchiveQuery.KeywordMax })
            throw new BusinessRuleException($"关键词不能超过 {ArchiveQuery.KeywordMax} 个字。", nameof(ArchiveQuery.Keyword));
        var number = query.Number?.Trim();
        var phone = PhoneDigits.Of(query.CallerPhone);
        if (!string.IsNullOrWhiteSpace(query.CallerPhone) && !PhoneDigits.IsWhole(phone))
            throw new BusinessRuleException(PhoneDigits.PartialRefused, nameof(ArchiveQuery.CallerPhone));

        var q = db.Records.AsNoTracking();
        if (!string.IsNullOrEmpty(number))
            q = q.Where(r => r.ArchiveNumber.StartsWith(number) || r.CaseNumber.StartsWith(number));
        if (query.Year is { } year)
            q = q.Where(r => r.Year == year);
        if (query.CategoryId is { } categoryId)
        {
            var ids = await categories.DescendantIdsAsync(categoryId, includeSelf: true, ct);
            q = q.Where(r => ids.Contains(r.CategoryId));
        }
        if (query.UnitId is { } unitId)
            q = q.Where(r => r.LeadUnitId == unitId);
        if (query.AreaId is { } areaId)
        {
            var ids = await areas.DescendantIdsAsync(areaId, includeSelf: true, ct);
            q = q.Where(r => ids.Contains(r.AreaId));
        }
        if (phone is not null)
            q = q.Where(r => r.CallerPhone == phone);
        if (query.ClosedFrom is { } f)
        {
            var fromUtc = ChinaTime.StartOfDayUtc(f);
            q = q.Where(r => r.ClosedAtUtc >= fromUtc);
        }
        if (query.ClosedTo is { } t)
        {
            var toUtc = ChinaTime.EndOfDayUtc(t);
            q = q.Where(r => r.ClosedAtUtc < toUtc);
        }
        if (!string.IsNullOrEmpty(keyword))
        {
            foreach (var word in KeywordTerms.Of(keyword))
                q = q.Where(r => r.Content.Contains(word));
        }
        return q;
    }

    /// <summary>The years that have records, newest first, for the year filter.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        await gate.RequireAsync(ArchiveAccess.Clerks);
        await using var db = await contexts.CreateDbContextAsync(ct);
        return await db.Records.AsNoTracking().Select(r => r.Year).Distinct().OrderByDescending(y => y).ToListAsync(ct);
    }
}
