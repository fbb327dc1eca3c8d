using Hotline.Platform.Calendar;
using Hotline.Platform.Catalog;
using Hotline.Handling.Settings;

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
/// yellow depends on the working-day calendar, so the few assignments that can be yellow are read and lit on the server.
/// </summary>
internal sealed class DeadlineBoard(
    IDbContextFactory<HandlingDbContext> contexts,
    HandlingAccess access,
    HandlingSettingsService settings,
    IWorkingCalendar calendar,
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
            var rows = await ByCurrentDue(shown).Skip(skip).Take(take).ToListAsync(cancellationToken);
            page = rows.Select(a => (a, AssignmentDeadlines.Current(a, now, rules, s)!)).ToList();
        }
        else
        {
            // Yellow rows are among the few near their deadline; green ones follow them in due order, so a page of green
            // needs the rows up to it plus at most every yellow one.
            var yellow = await YellowAsync(open, now, rules, s, await LongestRunningLimitAsync(open, now, cancellationToken), cancellationToken);
            if (query.Light is TrafficLight.Yellow)
            {
                total = yellow.Count;
                page = yellow.Skip(skip).Take(take).ToList();
            }
            else
            {
                var notRed = NotRed(open, now);
                total = await notRed.CountAsync(cancellationToken) - yellow.Count;
                var yellowIds = yellow.Select(x => x.A.Id).ToHashSet();
                var upToPage = await ByCurrentDue(notRed).Take(skip + take + yellowIds.Count).ToListAsync(cancellationToken);
                page = upToPage.Where(a => !yellowIds.Contains(a.Id)).Skip(skip).Take(take)
                    .Select(a => (a, AssignmentDeadlines.Current(a, now, rules, s)!)).ToList();
            }
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

    /// <summary>The home card: the overdue figures counted in the database in one pass, yellow lit from the few near their deadline.</summary>
    public async Task<DeadlineCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await access.Gate.RequireAsync(Viewers);
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await settings.GetAsync(cancellationToken);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = await OpenAsync(db, null, cancellationToken);
        var overdue = (await open.GroupBy(_ => 1).Select(g => new
        {
            SignFor = g.Count(a => a.SignedAtUtc == null && a.SignForDueUtc <= now),
            // As AssignmentDeadlines.FirstContact lights an open lead's contact that has not happened.
            Contact = g.Count(a => a.Role == AssignmentRole.Lead && a.CallerReachable && a.FirstContactAtUtc == null
                && (a.ContactedOnTime == false || (a.ContactedOnTime == null && a.FirstContactDueUtc <= now))),
            Completion = g.Count(a => a.CompletionDueUtc <= now),
            Longest = g.Max(a => a.SignedAtUtc != null && a.CompletionDueUtc > now ? (int?)a.CompletionWorkingDays : null),
        }).ToListAsync(cancellationToken)).SingleOrDefault();
        var yellow = await YellowAsync(open, now, rules, s, overdue?.Longest ?? 0, cancellationToken);
        return new DeadlineCounts(overdue?.SignFor ?? 0, overdue?.Contact ?? 0, overdue?.Completion ?? 0, yellow.Count);
    }

    /// <summary>Red exactly when the current deadline (sign-for while unsigned, completion afterwards) has passed.</summary>
    private static IQueryable<HandlingAssignment> NotRed(IQueryable<HandlingAssignment> open, DateTime now) =>
        open.Where(a => (a.SignedAtUtc == null ? a.SignForDueUtc : a.CompletionDueUtc) > now);

    private static IOrderedQueryable<HandlingAssignment> ByCurrentDue(IQueryable<HandlingAssignment> assignments) =>
        assignments.OrderBy(a => a.SignedAtUtc == null ? a.SignForDueUtc : a.CompletionDueUtc).ThenBy(a => a.CaseNumber);

    /// <summary>
    /// The yellow assignments in due order. Only these can be yellow: an unsigned one not yet due (sign-for runs for
    /// hours), and a signed one due before the day on which more working days are left than any yellow threshold
    /// allows — one working day (configurable), or the yellow share of the longest completion limit among them.
    /// </summary>
    private static async Task<List<(HandlingAssignment A, DeadlineState Current)>> YellowAsync(IQueryable<HandlingAssignment> open, DateTime now,
        CalendarRules rules, HandlingSettings s, int longestRunningLimit, CancellationToken cancellationToken)
    {
        var longest = Math.Max(longestRunningLimit, s.RedoWorkingDays ?? 0);
        var horizon = YellowHorizonUtc(now, Math.Max(s.YellowWorkingDays, (int)Math.Floor(s.YellowFraction * longest)), rules);
        var candidates = await open.Where(a => (a.SignedAtUtc == null && a.SignForDueUtc > now)
            || (a.SignedAtUtc != null && a.CompletionDueUtc > now && a.CompletionDueUtc <= horizon)).ToListAsync(cancellationToken);
        return Lit(candidates, now, rules, s).Where(x => x.Current.Light == TrafficLight.Yellow)
            .OrderBy(x => x.Current.DueUtc).ThenBy(x => x.A.CaseNumber, StringComparer.Ordinal).ToList();
    }

    /// <summary>The longest completion limit (working days) among the signed assignments not yet due.</summary>
    private static async Task<int> LongestRunningLimitAsync(IQueryable<HandlingAssignment> open, DateTime now, CancellationToken cancellationToken) =>
        await open.Where(a => a.SignedAtUtc != null && a.CompletionDueUtc > now).MaxAsync(a => (int?)a.CompletionWorkingDays, cancellationToken) ?? 0;

    /// <summary>
    /// The start (UTC) of the (<paramref name="threshold"/> + 1)-th working day after today: a deadline after it has more
    /// than <paramref name="threshold"/> working days left (<see cref="CalendarRules.WorkingDaysLeft"/>), so it is not yellow.
    /// </summary>
    internal static DateTime YellowHorizonUtc(DateTime nowUtc, int threshold, CalendarRules rules)
    {
        var day = ChinaTime.DateOf(nowUtc);
        for (var counted = 0; counted <= threshold;)
        {
            day = day.AddDays(1);
            if (rules.IsWorkingDay(day))
                counted++;
        }
        return ChinaTime.StartOfDayUtc(day);
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
