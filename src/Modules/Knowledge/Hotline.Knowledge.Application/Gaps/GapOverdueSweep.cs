namespace Hotline.Knowledge.Gaps;

/// <summary>Raises <see cref="KnowledgeGapOverdue"/> once per gap left open past its due time, in the same save that marks it.</summary>
internal sealed class GapOverdueSweep(IDbContextFactory<KnowledgeDbContext> contexts, TimeProvider clock)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var overdue = await db.Gaps.Where(g => g.Status == GapStatus.Open && g.OverdueRaisedAtUtc == null && g.DueUtc < now)
            .OrderBy(g => g.DueUtc).Take(200).ToListAsync(cancellationToken);
        foreach (var gap in overdue)
        {
            gap.OverdueRaisedAtUtc = now;
            gap.Version = Guid.NewGuid();
            db.Publish(new KnowledgeGapOverdue(gap.Id, gap.UnitId, gap.ArticleId, gap.CategoryId, gap.DueUtc), clock);
        }
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another sweep (a second instance, or a manual run) marked them first; the concurrency token keeps the event single.
            return 0;
        }
        return overdue.Count;
    }
}
