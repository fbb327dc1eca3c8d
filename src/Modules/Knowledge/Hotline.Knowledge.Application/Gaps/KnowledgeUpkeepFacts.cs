namespace Hotline.Knowledge.Gaps;

/// <summary>知识库维护及时率 per unit: gaps due in the period, and those fixed by their due time.</summary>
internal sealed class KnowledgeUpkeepFacts(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate, TimeProvider clock) : IKnowledgeUpkeepFacts
{
    private static readonly string[] Readers = [HotlineRoles.Assessor, HotlineRoles.Supervisor, HotlineRoles.KnowledgeEditor, HotlineRoles.CenterAdmin];

    public async Task<IReadOnlyList<KnowledgeUpkeepFigure>> TimelinessAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(Readers);
        return await FiguresAsync(fromUtc, toUtc, null, cancellationToken);
    }

    public async Task<KnowledgeUpkeepFigure> OwnUnitTimelinessAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var (_, unitId) = await gate.RequireUnitAsync(KnowledgeAccess.Authors);
        return (await FiguresAsync(fromUtc, toUtc, unitId, cancellationToken)).FirstOrDefault() ?? new KnowledgeUpkeepFigure(unitId, 0, 0, 0);
    }

    public async Task<IReadOnlyList<KnowledgeUpkeepGap>> GapsDueAsync(Guid unitId, DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        if (!await gate.IsInAnyRoleAsync(Readers) && (await gate.RequireUnitAsync(KnowledgeAccess.Authors)).UnitId != unitId)
            throw new UnauthorizedAccessException("只能查看本单位的知识缺失。");
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Gaps.AsNoTracking().Where(g => g.UnitId == unitId && g.DueUtc >= fromUtc && g.DueUtc < toUtc)
            .OrderBy(g => g.DueUtc).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        return due.Select(g => new KnowledgeUpkeepGap(g.Id, g.UnitId, g.Kind.DisplayName(), g.Description, g.CaseNumber, g.DueUtc, g.FixedAtUtc,
            g.Status == GapStatus.Fixed && g.FixedAtUtc <= g.DueUtc, Outcome(g, now))).ToList();
    }

    /// <summary>A 不予修改 the editor accepted, and a new version once published, count as fixed at the unit's answer, as in the figure.</summary>
    private static string Outcome(KnowledgeGap g, DateTime nowUtc) => g.Status switch
    {
        GapStatus.Fixed => g.FixedAtUtc <= g.DueUtc ? "按时修正" : "逾期修正",
        GapStatus.Declined => "不予修改，待知识库审核员确认",
        GapStatus.AwaitingPublication => "新版本待审核发布",
        _ => g.IsOverdueAt(nowUtc) ? "逾期未修正" : "未修正",
    };

    private async Task<IReadOnlyList<KnowledgeUpkeepFigure>> FiguresAsync(DateTime fromUtc, DateTime toUtc, Guid? unitId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Gaps.AsNoTracking().Where(g => g.DueUtc >= fromUtc && g.DueUtc < toUtc && (unitId == null || g.UnitId == unitId))
            .Select(g => new { g.UnitId, g.Status, g.FixedAtUtc, g.DueUtc }).ToListAsync(cancellationToken);
        return due.GroupBy(g => g.UnitId)
            .Select(u => new KnowledgeUpkeepFigure(u.Key, u.Count(),
                u.Count(g => g.Status == GapStatus.Fixed && g.FixedAtUtc <= g.DueUtc),
                u.Count(g => g.Status != GapStatus.Fixed)))
            .OrderBy(f => f.UnitId).ToList();
    }
}
