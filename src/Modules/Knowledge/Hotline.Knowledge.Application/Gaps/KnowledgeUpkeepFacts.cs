namespace Hotline.Knowledge.Gaps;

/// <summary>知识库维护及时率 per unit: gaps due in the period, and those fixed by their due time.</summary>
internal sealed class KnowledgeUpkeepFacts(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate) : IKnowledgeUpkeepFacts
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
