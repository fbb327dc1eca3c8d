using Hotline.Knowledge.Contracts;
using Hotline.Knowledge.Persistence;
using Hotline.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Knowledge.Gaps;

/// <summary>知识库维护及时率 per unit: gaps due in the period, and those fixed by their due time.</summary>
internal sealed class KnowledgeUpkeepFacts(IDbContextFactory<KnowledgeDbContext> contexts, AccessGate gate) : IKnowledgeUpkeepFacts
{
    private static readonly string[] Readers = [HotlineRoles.Assessor, HotlineRoles.Supervisor, HotlineRoles.KnowledgeEditor, HotlineRoles.CenterAdmin];

    public async Task<IReadOnlyList<KnowledgeUpkeepFigure>> TimelinessAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        await gate.RequireAsync(Readers);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var due = await db.Gaps.AsNoTracking().Where(g => g.DueUtc >= fromUtc && g.DueUtc < toUtc)
            .Select(g => new { g.UnitId, g.Status, g.FixedAtUtc, g.DueUtc }).ToListAsync(cancellationToken);
        return due.GroupBy(g => g.UnitId)
            .Select(u => new KnowledgeUpkeepFigure(u.Key, u.Count(),
                u.Count(g => g.Status == GapStatus.Fixed && g.FixedAtUtc <= g.DueUtc),
                u.Count(g => g.Status != GapStatus.Fixed)))
            .OrderBy(f => f.UnitId).ToList();
    }
}
