using Hotline.Platform.Notifications;
using Hotline.Platform.Time;

namespace Hotline.Intake.CaseSearch;

/// <summary>The center's case list and export: filtered, sorted and paged in the database.</summary>
internal sealed class CaseQueries(IDbContextFactory<IntakeDbContext> contexts, IntakeAccess access, CaseTextIndex index, CaseIndexer indexer, TimeProvider clock)
{
    public const int ExportLimit = 50_000;

    /// <summary>The longest registration date range one export may cover: a year, leap day included.</summary>
    public const int ExportMaxDays = 366;

    private const int ExportPageSize = 2_000;

    /// <summary>The default encoder writes a Chinese keyword as \uXXXX, unreadable in the audit log; the log is shown as text, never as HTML.</summary>
    private static readonly System.Text.Json.JsonSerializerOptions AuditJson =
        new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>待受理: online submissions waiting for an agent, oldest first; numbers masked like every list.</summary>
    public async Task<IReadOnlyList<CaseListRow>> PendingAsync(CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(IntakeAccess.Registrars);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await ListColumns(db.Cases.AsNoTracking().Where(c => c.Status == CaseStatus.PendingAcceptance)
            .OrderBy(c => c.RegisteredAtUtc).Take(500), ContentShown).ToListAsync(cancellationToken);
        return rows.Select(c => ToRow(c, showPhone: false)).ToList();
    }

    /// <summary>
    /// The number of a pending submission, for matching the caller's earlier cases while deciding it. It is a key
    /// for the server-side lookup only: the page never renders it (the caller is shown masked).
    /// </summary>
    public async Task<string?> PendingCallerPhoneAsync(Guid caseId, CancellationToken cancellationToken = default)
    {
        await access.RequireAsync(IntakeAccess.Registrars);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Cases.AsNoTracking().Where(c => c.Id == caseId && c.Status == CaseStatus.PendingAcceptance)
            .Select(c => c.CallerPhone).FirstOrDefaultAsync(cancellationToken);
    }

    /// <summary>The list counts matching cases up to here; beyond, it says "10,000+".</summary>
    public const int CountCap = 10_000;

    /// <summary>Characters of the content the list and the export show (the cell is truncated on screen anyway).</summary>
    public const int ContentShown = 200;

    /// <summary>
    /// The case list. Every row's number is masked, for every role: a full number is a per-row, audited reveal
    /// (<see cref="ListPhoneReveal"/>). A search by phone is audited.
    /// </summary>

    public async Task<CasePage> ListAsync(CaseListFilter filter, CaseSort sort, int page, int pageSize, CancellationToken cancellationToken = default)
    {
        var actor = await access.RequireAsync(IntakeAccess.CenterReaders);
        filter = filter with { Keyword = NormalizedKeyword(filter.Keyword) };
        var phone = PhoneSearch.From(filter.Phone, await access.IsInAnyRoleAsync(IntakeAccess.PhoneRevealers));
        pageSize = Math.Clamp(pageSize, 1, 200);
        // No deeper than the counted cases: a URL asking for page 100,000 gets the last counted page.
        page = Math.Clamp(page, 0, CountCap / pageSize);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // The case index knows no lead unit (it changes with every dispatch); a unit's cases are few enough to scan by keyword.
        if (filter.Keyword is { } keyword && phone is null && string.IsNullOrWhiteSpace(filter.Number) && filter.LeadUnitId is null && index.IsReady
            && index.KeywordQuery(keyword) is { } matching)
            return await FromIndexAsync(db, matching, filter, sort, page * pageSize, pageSize, cancellationToken);
        var query = Apply(db.Cases.AsNoTracking(), filter, db, phone);
        // Counting stops past the cap: a million-case table is never counted row by row for a pager. The order lets the
        // registration-time indexes deliver the first rows (and keeps EF from warning about an unordered limit).
        var total = await query.OrderByDescending(c => c.RegisteredAtUtc).Take(CountCap + 1).CountAsync(cancellationToken);
        var rows = await ListColumns(Sort(query, sort).Skip(page * pageSize).Take(pageSize), ContentShown)
            .ToListAsync(cancellationToken);
        if (phone is not null)
        {
            db.Audit(actor, clock, PhoneSearch.AuditAction, "CaseList", null, phone.AuditDetail(total));
            await db.SaveChangesAsync(cancellationToken);
        }
        return new CasePage(rows.Select(c => ToRow(c, showPhone: false)).ToList(), total);
    }

    /// <summary>A keyword search answered by the case index (total and page order); the database reads only the page's rows.</summary>
    private async Task<CasePage> FromIndexAsync(IntakeDbContext db, Lucene.Net.Search.Query matching, CaseListFilter filter, CaseSort sort,
        int skip, int take, CancellationToken cancellationToken)
    {
        await indexer.CatchUpAsync(cancellationToken: cancellationToken);
        var (ids, total) = index.Search(matching, filter, sort, skip, take);
        var rows = (await ListColumns(db.Cases.AsNoTracking().Where(c => ids.Contains(c.Id)), ContentShown).ToListAsync(cancellationToken))
            .ToDictionary(c => c.Id);
        return new CasePage(ids.Where(rows.ContainsKey).Select(id => ToRow(rows[id], showPhone: false)).ToList(), total);
    }

    public const int MaxKeywordLength = 50;

    /// <summary>A keyword as searched: trimmed, at most <see cref="MaxKeywordLength"/> characters, and with something to find in it.</summary>
    internal static string? NormalizedKeyword(string? keyword)
    {
        var text = keyword?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (text.Length > MaxKeywordLength)
            text = text[..MaxKeywordLength];
        if (!text.Any(char.IsLetterOrDigit))
            throw new Hotline.Platform.BusinessRuleException("关键词需包含汉字、字母或数字。");
        return text;
    }

    /// <summary>
    /// Checks an Excel export of the current filter before anything is read: the user may read the list, the
    /// registration range spans at most <see cref="ExportMaxDays"/> days and at most <see cref="ExportLimit"/> cases match.
    /// Full phone numbers only for roles that may see them.
    /// </summary>
    public async Task<CaseExportRequest> CheckExportAsync(CaseListFilter filter, CancellationToken cancellationToken = default)
    {
        var actor = await access.RequireAsync(IntakeAccess.CenterReaders);
        var showPhone = await access.IsInAnyRoleAsync(IntakeAccess.PhoneRevealers);
        if (filter is { From: { } from, To: { } to } && to.DayNumber - from.DayNumber + 1 > ExportMaxDays)
            throw new Hotline.Platform.BusinessRuleException($"导出的登记日期范围不能超过 {ExportMaxDays} 天，请分段导出。");
        var request = new CaseExportRequest(actor, filter with { Keyword = NormalizedKeyword(filter.Keyword) }, showPhone, 0);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return request with { Total = await ExportCountAsync(db, request, cancellationToken) };
    }

    /// <summary>
    /// Reads the rows of an export checked for its requester (also when a background job reads them later, without a
    /// signed-in user), a page at a time in a stable order, reporting the rows read to <paramref name="progress"/>. A file
    /// leaves the system, so every export is audited with its filter and size.
    /// </summary>
    public async Task<IReadOnlyList<CaseListRow>> ReadExportAsync(CaseExportRequest request, CaseSort sort, IProgress<int>? progress,
        CancellationToken cancellationToken = default)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Counted again: a queued export runs later, over the cases as they are then.
        var total = await ExportCountAsync(db, request, cancellationToken);
        // The number breaks ties of the chosen order, so the pages neither repeat nor skip a case.
        var ordered = Sort(ExportQuery(db, request), sort).ThenBy(c => c.Number);
        var rows = new List<ListedCase>(total);
        progress?.Report(0);
        while (rows.Count < total)
        {
            var page = await ListColumns(ordered.Skip(rows.Count).Take(ExportPageSize), int.MaxValue).ToListAsync(cancellationToken);
            if (page.Count == 0)
                break; // cases deleted or changed since the count: the file holds what matches now
            rows.AddRange(page);
            progress?.Report(rows.Count);
        }
        db.Audit(request.Actor, clock, request.FullPhones ? "导出工单（含完整电话）" : "导出工单", "CaseList", null,
            $"{rows.Count} 条；条件：{System.Text.Json.JsonSerializer.Serialize(request.Filter, AuditJson)}");
        await db.SaveChangesAsync(cancellationToken);
        return rows.Select(c => ToRow(c, request.FullPhones)).ToList();
    }

    private static IQueryable<IntakeCase> ExportQuery(IntakeDbContext db, CaseExportRequest request) =>
        Apply(db.Cases.AsNoTracking(), request.Filter, db, PhoneSearch.From(request.Filter.Phone, request.FullPhones));

    private static async Task<int> ExportCountAsync(IntakeDbContext db, CaseExportRequest request, CancellationToken cancellationToken)
    {
        var total = await ExportQuery(db, request).Take(ExportLimit + 1).CountAsync(cancellationToken);
        if (total > ExportLimit)
            throw new Hotline.Platform.BusinessRuleException(
                $"符合条件的工单超过 {ExportLimit:N0} 件（单次导出上限）：请缩小登记日期范围或增加筛选条件后分批导出。");
        return total;
    }

    private static IQueryable<IntakeCase> Apply(IQueryable<IntakeCase> query, CaseListFilter f, IntakeDbContext db, PhoneSearch? phoneSearch)
    {
        if (!string.IsNullOrWhiteSpace(f.Number))
            query = query.Where(c => c.Number.Contains(f.Number.Trim().ToUpper()));
        if (phoneSearch is { Exact: true, Number: var number })
        {
            var merged = db.Requests.Where(r => r.CallerPhone == number).Select(r => r.CaseId);
            query = query.Where(c => c.CallerPhone == number || merged.Contains(c.Id));
        }
        else if (phoneSearch is { Number: var phone })
        {
            var merged = db.Requests.Where(r => r.CallerPhone != null && r.CallerPhone.Contains(phone)).Select(r => r.CaseId);
            query = query.Where(c => (c.CallerPhone != null && c.CallerPhone.Contains(phone)) || merged.Contains(c.Id));
        }
        if (f.Status is { } status)
            query = query.Where(c => c.Status == status);
        if (f.RequestType is { } type)
            query = query.Where(c => c.RequestType == type);
        if (f.CategoryId is { } category)
            query = query.Where(c => c.CategoryId == category);
        if (f.AreaId is { } area)
            query = query.Where(c => c.AreaId == area);
        if (f.LeadUnitId is { } unit)
            query = query.Where(c => c.LeadUnitId == unit);
        if (f.Channel is { } channel)
            query = query.Where(c => c.Channel == channel);
        if (f.From is { } from)
        {
            var fromUtc = ChinaTime.StartOfDayUtc(from);
            query = query.Where(c => c.RegisteredAtUtc >= fromUtc);
        }
        if (f.To is { } to)
        {
            var toUtc = ChinaTime.EndOfDayUtc(to);
            query = query.Where(c => c.RegisteredAtUtc < toUtc);
        }
        if (!string.IsNullOrWhiteSpace(f.Keyword))
        {
            var keyword = f.Keyword.Trim();
            query = query.Where(c => c.Content.Contains(keyword) || c.Address.Contains(keyword));
        }
        if (f.RepeatOnly)
            query = query.Where(c => c.RepeatOfCaseId != null);
        return query;
    }

    private static IOrderedQueryable<IntakeCase> Sort(IQueryable<IntakeCase> query, CaseSort sort) => sort switch
    {
        CaseSort.RegisteredAsc => query.OrderBy(c => c.RegisteredAtUtc),
        CaseSort.NumberAsc => query.OrderBy(c => c.Number),
        CaseSort.NumberDesc => query.OrderByDescending(c => c.Number),
        CaseSort.StatusAsc => query.OrderBy(c => c.Status).ThenByDescending(c => c.RegisteredAtUtc),
        _ => query.OrderByDescending(c => c.RegisteredAtUtc),
    };

    /// <summary>Only the columns the list shows, and of the content its start (the export takes it whole).</summary>
    private static IQueryable<ListedCase> ListColumns(IQueryable<IntakeCase> query, int contentShown) => query.Select(c => new ListedCase(
        c.Id, c.Number, c.Status, c.RequestType, c.CategoryId, c.AreaId, c.Channel, c.Urgency, c.CallerName, c.CallerPhone,
        c.Content.Length > contentShown ? c.Content.Substring(0, contentShown) : c.Content, c.RepeatOfCaseId, c.IsConfidential, c.RegisteredAtUtc));

    private sealed record ListedCase(Guid Id, string Number, CaseStatus Status, RequestTypeCode RequestType, Guid CategoryId, Guid AreaId,
        Channel Channel, Urgency Urgency, string CallerName, string? CallerPhone, string Content, Guid? RepeatOfCaseId, bool IsConfidential,
        DateTime RegisteredAtUtc);

    private static CaseListRow ToRow(ListedCase c, bool showPhone) => new(
        c.Id, c.Number, c.Status, c.RequestType, c.CategoryId, c.AreaId, c.Channel, c.Urgency, c.CallerName,
        showPhone ? c.CallerPhone : PhoneMaskOrNull(c.CallerPhone), !showPhone, c.Content,
        c.RepeatOfCaseId is not null, c.IsConfidential, c.RegisteredAtUtc);

    private static string? PhoneMaskOrNull(string? phone) => phone is null ? null : PhoneMask.Mask(phone);
}
