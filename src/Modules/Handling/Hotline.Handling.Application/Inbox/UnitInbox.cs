using Hotline.Platform.Calendar;
using Hotline.Platform.Catalog;
using Hotline.Handling.Deadlines;
using Hotline.Handling.Settings;

namespace Hotline.Handling.Inbox;

/// <summary>
/// 我的工单: a member unit's assignments by tab, paged and sorted by deadline in the database, with the
/// traffic light of each row computed from the calendar. Only the user's unit, or on request its sub-units.
/// </summary>
internal sealed class UnitInbox(
    IDbContextFactory<HandlingDbContext> contexts,
    HandlingAccess access,
    HandlingSettingsService settings,
    IWorkingCalendar calendar,
    IUnitDirectory units,
    ICategoryCatalog catalog,
    TimeProvider clock)
{
    public static readonly InboxTab[] Tabs = Enum.GetValues<InboxTab>();

    /// <summary>Tabs of work to do, whose counts the page shows; 已办结 only grows and is searched instead.</summary>
    public static readonly InboxTab[] CountedTabs = Tabs.Where(t => t != InboxTab.Closed).ToArray();

    public const int MaxSearchLength = 50;

    /// <summary>
    /// 已办结 lists the cases dispatched in this many days unless the user searches: a bureau closes hundreds of thousands
    /// of cases over the years, and the list would sort them all to show twenty.
    /// </summary>
    public const int ClosedWindowDays = 180;

    public async Task<IReadOnlyDictionary<InboxTab, int>> CountsAsync(InboxScope scope = InboxScope.Own, CancellationToken cancellationToken = default)
    {
        var who = await ResolveAsync(scope, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var counts = new Dictionary<InboxTab, int>();
        foreach (var tab in CountedTabs)
            counts[tab] = await Filter(db, who, tab).CountAsync(cancellationToken);
        return counts;
    }

    public const int TrendDays = 7;

    /// <summary>Assignments the unit received on each of the last 7 China days, today last.</summary>
    public async Task<IReadOnlyList<int>> ReceivedByDayAsync(CancellationToken cancellationToken = default)
    {
        var who = await ResolveAsync(InboxScope.Own, cancellationToken);
        var first = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime).AddDays(1 - TrendDays);
        var from = ChinaTime.StartOfDayUtc(first);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var times = await db.Assignments.Where(a => a.UnitId == who.UnitId && a.DispatchedAtUtc >= from)
            .Select(a => a.DispatchedAtUtc).ToListAsync(cancellationToken);
        var counts = new int[TrendDays];
        foreach (var day in times.Select(t => ChinaTime.DateOf(t).DayNumber - first.DayNumber).Where(d => d is >= 0 and < TrendDays))
            counts[day]++;
        return counts;
    }

    public async Task<InboxPage> PageAsync(InboxQuery query, CancellationToken cancellationToken = default)
    {
        var who = await ResolveAsync(query.Scope, cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var filtered = Search(Filter(db, who, query.Tab), query.Search);
        if (query.Tab == InboxTab.Closed && string.IsNullOrWhiteSpace(query.Search))
        {
            var since = clock.GetUtcNow().UtcDateTime.AddDays(-ClosedWindowDays);
            filtered = filtered.Where(a => a.DispatchedAtUtc >= since);
        }
        var total = await filtered.CountAsync(cancellationToken);
        var ordered = query.Sort switch
        {
            InboxSort.DeadlineDescending => filtered.OrderByDescending(a => a.SignedAtUtc == null ? a.SignForDueUtc : a.CompletionDueUtc),
            InboxSort.DispatchedDescending => filtered.OrderByDescending(a => a.DispatchedAtUtc),
            _ => filtered.OrderBy(a => a.SignedAtUtc == null ? a.SignForDueUtc : a.CompletionDueUtc),
        };
        var page = await ordered.ThenBy(a => a.CaseNumber)
            .Skip(Math.Max(query.Page, 0) * query.PageSize).Take(Math.Clamp(query.PageSize, 1, 200))
            .AsNoTracking().ToListAsync(cancellationToken);
        return new InboxPage(await RowsAsync(page, cancellationToken), total);
    }

    /// <summary>Rows with names and lights, shared with the center's deadline board.</summary>
    internal async Task<IReadOnlyList<InboxRow>> RowsAsync(IReadOnlyList<HandlingAssignment> page, CancellationToken cancellationToken)
    {
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var s = await settings.GetAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var unitNames = (await units.GetUnitsAsync(page.Select(a => a.UnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var typeNames = new Dictionary<RequestTypeCode, string>();
        foreach (var code in page.Select(a => a.RequestType).Distinct())
            typeNames[code] = (await catalog.GetRequestTypeAsync(code, cancellationToken)).Name;
        return page.Select(a => new InboxRow(
            a.Id, a.CaseId, a.CaseNumber, typeNames[a.RequestType], a.Summary, a.Role, a.ParentAssignmentId is not null,
            unitNames.GetValueOrDefault(a.UnitId, ""), a.Status, a.DispatchedAtUtc,
            AssignmentDeadlines.Current(a, now, rules, s), a.RedoRound)).ToList();
    }

    private sealed record Viewer(Guid UnitId, bool IsManager, InboxScope Scope, IReadOnlyList<Guid> SubUnitIds);

    private async Task<Viewer> ResolveAsync(InboxScope scope, CancellationToken cancellationToken)
    {
        var (_, unitId, tree) = await access.UnitScopeAsync(cancellationToken);
        var isManager = await access.Gate.IsInAnyRoleAsync(HotlineRoles.UnitManager);
        return new Viewer(unitId, isManager, scope, tree.Where(id => id != unitId).ToList());
    }

    private static IQueryable<HandlingAssignment> Search(IQueryable<HandlingAssignment> assignments, string? search)
    {
        var text = search?.Trim() ?? "";
        if (text.Length == 0)
            return assignments;
        if (text.Length > MaxSearchLength)
            text = text[..MaxSearchLength];
        var number = text.ToUpperInvariant();
        return assignments.Where(a => a.CaseNumber.Contains(number) || a.Summary.Contains(text));
    }

    private static IQueryable<HandlingAssignment> Filter(HandlingDbContext db, Viewer who, InboxTab tab)
    {
        var all = db.Assignments.AsQueryable();
        if (tab == InboxTab.AwaitingApproval)
        {
            // Sub-unit replies come to the parent unit; the unit's own replies to its manager when the unit requires it.
            // Start from the few waiting replies (index on Status, AssignmentId), never from every assignment ever made.
            var unitId = who.UnitId;
            var waitingIds = db.Replies.Where(r => r.Status == ReplyStatus.AwaitingApproval).Select(r => r.AssignmentId);
            var waiting = all.Where(a => waitingIds.Contains(a.Id));
            return who.IsManager
                ? waiting.Where(a => all.Any(p => p.Id == a.ParentAssignmentId && p.UnitId == unitId) || a.UnitId == unitId && a.ParentAssignmentId == null)
                : waiting.Where(a => all.Any(p => p.Id == a.ParentAssignmentId && p.UnitId == unitId));
        }

        var scoped = who.Scope == InboxScope.Own
            ? all.Where(a => a.UnitId == who.UnitId)
            : all.Where(a => who.SubUnitIds.Contains(a.UnitId));
        return tab switch
        {
            InboxTab.AwaitingSignFor => scoped.Where(a => a.Status == HandlingStatus.AwaitingSignFor),
            InboxTab.InHandling => scoped.Where(a => a.Role == AssignmentRole.Lead && a.RedoRound == 0
                && (a.Status == HandlingStatus.InHandling || a.Status == HandlingStatus.AwaitingApproval)),
            InboxTab.CoOpinion => scoped.Where(a => a.Role == AssignmentRole.CoHandling && a.Status == HandlingStatus.InHandling),
            // The status list first, so the (UnitId, Status) index answers; the round only sorts out the few left.
            InboxTab.Redo => scoped.Where(a => (a.Status == HandlingStatus.Redo || a.Status == HandlingStatus.InHandling || a.Status == HandlingStatus.AwaitingApproval)
                && (a.Status == HandlingStatus.Redo || a.RedoRound > 0)),
            InboxTab.Replied => scoped.Where(a => a.Status == HandlingStatus.Replied),
            InboxTab.Closed => scoped.Where(a => a.Status == HandlingStatus.Closed),
            _ => scoped.Where(_ => false),
        };
    }
}
