using Hotline.Dispatch.Contracts;
using Hotline.Handling.Domain;
using Hotline.Handling.Persistence;
using Hotline.Platform.Calendar;
using Hotline.Platform.Catalog;
using Hotline.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Hotline.Handling.Settings;
using Hotline.Handling.Shared;

namespace Hotline.Handling.Deadlines;

internal sealed record DeadlineQuery(Guid? UnitId = null, TrafficLight? Light = null, int Page = 0, int PageSize = 20);

/// <summary>One active assignment on the center's board: each of its deadlines with its light.</summary>
internal sealed record DeadlineRow(
    Guid Id,
    Guid CaseId,
    string CaseNumber,
    string RequestTypeName,
    string Summary,
    string UnitName,
    AssignmentRole Role,
    HandlingStatus Status,
    DeadlineState SignFor,
    DeadlineState? FirstContact,
    DeadlineState Completion,
    DeadlineState Current,
    bool Extended,
    int RedoRound);

internal sealed record DeadlinePage(IReadOnlyList<DeadlineRow> Rows, int Total);

/// <summary>Center overdue figures for the home page.</summary>
internal sealed record DeadlineCounts(int SignForOverdue, int ContactOverdue, int CompletionOverdue, int Yellow);

/// <summary>
/// 办理时限: every active assignment's deadlines for supervisors and dispatchers. The whole board and its red filter
/// are sorted, counted and paged in the database (an assignment is red exactly when its current deadline has passed);
/// yellow and green depend on the working-day calendar, so those filters light the open assignments on the server.
/// </summary>
internal sealed class DeadlineBoard(
    IDbContextFactory<HandlingDbContext> contexts,
    HandlingAccess access,
    HandlingSettingsService settings,
    WorkingCalendar calendar,
    IUnitDirectory units,
    ICategoryCatalog catalog,
    TimeProvider clock)
{
    public static readonly string[] Viewers = HandlingAccess.CenterDeciders;

    public async Task<DeadlinePage> PageAsync(DeadlineQuery query, CancellationToken cancellationToken = default)
    {
        await access.Gate.RequireAsync(Viewers);
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await settings.GetAsync(cancellationToken);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var take = Math.Clamp(query.PageSize, 1, 200);
        var skip = Math.Max(query.Page, 0) * take;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await OpenAsync(db, query.UnitId, cancellationToken);
        List<(HandlingAssignment A, DeadlineState Current)> page;
        int total;
        if (query.Light is null or TrafficLight.Red)
        {
            var shown = query.Light is TrafficLight.Red
                ? open.Where(a => (a.SignedAtUtc == null ? a.SignForDueUtc : a.CompletionDueUtc) <= now)
                : open;
            total = await shown.CountAsync(cancellationToken);
            var rows = await shown.OrderBy(a => a.SignedAtUtc == null ? a.SignForDueUtc : a.CompletionDueUtc).ThenBy(a => a.CaseNumber)
                .Skip(skip).Take(take).ToListAsync(cancellationToken);
            page = rows.Select(a => (a, AssignmentDeadlines.Current(a, now, rules, s)!)).ToList();
        }
        else
        {
            var matching = Lit(await open.ToListAsync(cancellationToken), now, rules, s).Where(x => x.Current.Light == query.Light)
                .OrderBy(x => x.Current.DueUtc).ThenBy(x => x.A.CaseNumber).ToList();
            total = matching.Count;
            page = matching.Skip(skip).Take(take).ToList();
        }

        var unitNames = (await units.GetUnitsAsync(page.Select(x => x.A.UnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var typeNames = new Dictionary<RequestTypeCode, string>();
        foreach (var code in page.Select(x => x.A.RequestType).Distinct())
            typeNames[code] = (await catalog.GetRequestTypeAsync(code, cancellationToken)).Name;
        var result = page.Select(x => new DeadlineRow(x.A.Id, x.A.CaseId, x.A.CaseNumber, typeNames[x.A.RequestType], x.A.Summary,
            unitNames.GetValueOrDefault(x.A.UnitId, ""), x.A.Role, x.A.Status,
            AssignmentDeadlines.SignFor(x.A, now, s), AssignmentDeadlines.FirstContact(x.A, now, s),
            AssignmentDeadlines.Completion(x.A, now, rules, s), x.Current, x.A.Extended, x.A.RedoRound)).ToList();
        return new DeadlinePage(result, total);
    }

    /// <summary>The home card: yellow needs the calendar, so the open assignments are read once and every figure is counted from them.</summary>
    public async Task<DeadlineCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await access.Gate.RequireAsync(Viewers);
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await settings.GetAsync(cancellationToken);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var lit = Lit(await (await OpenAsync(db, null, cancellationToken)).ToListAsync(cancellationToken), now, rules, s);
        return new DeadlineCounts(
            lit.Count(x => x.A.SignedAtUtc is null && x.A.SignForDueUtc <= now),
            lit.Count(x => AssignmentDeadlines.FirstContact(x.A, now, s) is { Light: TrafficLight.Red } && x.A.FirstContactAtUtc is null),
            lit.Count(x => x.A.CompletionDueUtc <= now),
            lit.Count(x => x.Current.Light == TrafficLight.Yellow));
    }

    private async Task<IQueryable<HandlingAssignment>> OpenAsync(HandlingDbContext db, Guid? unitId, CancellationToken cancellationToken)
    {
        var open = db.Assignments.AsNoTracking().Where(a => AssignmentDeadlines.Open.Contains(a.Status));
        if (unitId is { } u)
        {
            var tree = await units.DescendantIdsAsync(u, includeSelf: true, cancellationToken);
            open = open.Where(a => tree.Contains(a.UnitId));
        }
        return open;
    }

    private static List<(HandlingAssignment A, DeadlineState Current)> Lit(List<HandlingAssignment> assignments, DateTime nowUtc, CalendarRules rules,
        HandlingSettings s) =>
        assignments.Select(a => (a, AssignmentDeadlines.Current(a, nowUtc, rules, s)!)).ToList();
}
