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
/// 办理时限: every active assignment's deadlines for supervisors and dispatchers. Lights depend on the
/// calendar, so the open assignments are loaded, lit, filtered and paged on the server (a county's
/// open assignments are a few thousand at most).
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
        var lit = await LitAsync(query.UnitId, cancellationToken);
        var matching = lit.Where(x => query.Light is null || x.Current.Light == query.Light)
            .OrderBy(x => x.Current.DueUtc).ThenBy(x => x.A.CaseNumber).ToList();
        var page = matching.Skip(Math.Max(query.Page, 0) * query.PageSize).Take(Math.Clamp(query.PageSize, 1, 200)).ToList();

        var now = clock.GetUtcNow().UtcDateTime;
        var s = await settings.GetAsync(cancellationToken);
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var unitNames = (await units.GetUnitsAsync(page.Select(x => x.A.UnitId).Distinct(), cancellationToken)).ToDictionary(u => u.Id, u => u.Name);
        var typeNames = new Dictionary<RequestTypeCode, string>();
        foreach (var code in page.Select(x => x.A.RequestType).Distinct())
            typeNames[code] = (await catalog.GetRequestTypeAsync(code, cancellationToken)).Name;
        var rows = new List<DeadlineRow>();
        foreach (var (a, current) in page)
        {
            var typeName = typeNames[a.RequestType];
            rows.Add(new DeadlineRow(a.Id, a.CaseId, a.CaseNumber, typeName, a.Summary, unitNames.GetValueOrDefault(a.UnitId, ""), a.Role, a.Status,
                AssignmentDeadlines.SignFor(a, now, s), AssignmentDeadlines.FirstContact(a, now, s),
                AssignmentDeadlines.Completion(a, now, rules, s), current, a.Extended, a.RedoRound));
        }
        return new DeadlinePage(rows, matching.Count);
    }

    public async Task<DeadlineCounts> CountsAsync(CancellationToken cancellationToken = default)
    {
        await access.Gate.RequireAsync(Viewers);
        var now = clock.GetUtcNow().UtcDateTime;
        var s = await settings.GetAsync(cancellationToken);
        var lit = await LitAsync(null, cancellationToken);
        return new DeadlineCounts(
            lit.Count(x => x.A.SignedAtUtc is null && x.A.SignForDueUtc <= now),
            lit.Count(x => AssignmentDeadlines.FirstContact(x.A, now, s) is { Light: TrafficLight.Red } && x.A.FirstContactAtUtc is null),
            lit.Count(x => x.A.CompletionDueUtc <= now),
            lit.Count(x => x.Current.Light == TrafficLight.Yellow));
    }

    private async Task<List<(HandlingAssignment A, DeadlineState Current)>> LitAsync(Guid? unitId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var open = db.Assignments.AsNoTracking().Where(a => AssignmentDeadlines.Open.Contains(a.Status));
        if (unitId is { } u)
        {
            var tree = await units.DescendantIdsAsync(u, includeSelf: true, cancellationToken);
            open = open.Where(a => tree.Contains(a.UnitId));
        }
        var assignments = await open.ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var rules = await calendar.GetRulesAsync(cancellationToken);
        var s = await settings.GetAsync(cancellationToken);
        return assignments.Select(a => (a, AssignmentDeadlines.Current(a, now, rules, s)!)).ToList();
    }
}
