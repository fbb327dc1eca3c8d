using Hotline.Platform.Documents.Model;
using Hotline.Supervision.Workbench;

namespace Hotline.Supervision.Notices;

/// <summary>
/// Gathers a notice's facts as the reader may see them (the caller through Intake's identity rules, so a unit reading its
/// own notice never sees who complained about it) and lays them out. Only written and leader's supervisions have a notice.
/// </summary>
internal sealed class NoticePrinting(IDbContextFactory<SupervisionDbContext> contexts, SupervisionScope scope, ICaseDirectory cases,
    ICallerIdentity callers, IUnitDirectory units, IAreaDirectory areas, TimeProvider clock)
{
    public const string NoNotice = "提醒督办没有督办单；升级为书面督办后才能打印。";
    public const string NoneToday = "今天没有签发书面督办单。";

    public async Task<Document> OneAsync(Guid id, CancellationToken ct = default)
    {
        var unitId = await scope.UnitOrAllAsync();
        await using var db = await contexts.CreateDbContextAsync(ct);
        var s = await db.Supervisions.AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (s is null || (unitId is { } u && s.UnitId != u))
            throw new UnauthorizedAccessException("该督办不存在或不属于您的单位。");
        if (s.NoticeNumber is null)
            throw new BusinessRuleException(NoNotice);
        return NoticeLayout.Build(await FactsAsync(s, await areas.HotlineTitleAsync(ct), ct));
    }

    /// <summary>Today's (China date) written notices, numbered order, one file for the Supervisor to print and seal.</summary>
    public async Task<Document> TodayAsync(CancellationToken ct = default)
    {
        if (await scope.UnitOrAllAsync() is not null)
            throw new UnauthorizedAccessException("只有中心可以批量打印督办单。");
        var today = ChinaTime.DateOf(clock.GetUtcNow().UtcDateTime);
        var (from, to) = (ChinaTime.StartOfDayUtc(today), ChinaTime.EndOfDayUtc(today));
        await using var db = await contexts.CreateDbContextAsync(ct);
        var raised = await db.Supervisions.AsNoTracking()
            .Where(x => x.NoticeSerial != null && x.RaisedAtUtc >= from && x.RaisedAtUtc < to)
            .OrderBy(x => x.NoticeYear).ThenBy(x => x.NoticeSerial).ToListAsync(ct);
        if (raised.Count == 0)
            throw new BusinessRuleException(NoneToday);
        var name = await areas.HotlineTitleAsync(ct);
        var facts = new List<NoticeFacts>();
        foreach (var s in raised)
            facts.Add(await FactsAsync(s, name, ct));
        return NoticeLayout.Batch(facts, today);
    }

    private async Task<NoticeFacts> FactsAsync(CaseSupervision s, string hotlineName, CancellationToken ct)
    {
        var summary = s.CaseId is { } caseId ? await cases.GetAsync(caseId, ct) : null;
        var caller = s.CaseId is { } id ? await callers.ViewAsync(id, ct) : null;
        var unit = await units.GetUnitAsync(s.UnitId, ct);
        return new NoticeFacts(
            hotlineName,
            s.NoticeNumber!,
            unit?.Name ?? "",
            SupervisionText.Level(s.Level),
            s.CaseNumber.Length > 0 ? s.CaseNumber : "—",
            summary?.RegisteredAtUtc,
            CallerText(caller),
            summary?.Content ?? s.Problem,
            s.Problem,
            s.Requirement,
            s.LeaderInstruction,
            s.ResponseDueUtc,
            s.IssuedByName,
            s.RaisedAtUtc,
            AboutKnowledge: s.KnowledgeGapId is not null);
    }

    private static string CallerText(CallerView? caller) => caller switch
    {
        null => "—",
        { IdentityWithheld: true } => "（依规不予显示）",
        _ => string.Join(" ", new[] { caller.Name, caller.Phone }.Where(x => !string.IsNullOrWhiteSpace(x))),
    };
}
