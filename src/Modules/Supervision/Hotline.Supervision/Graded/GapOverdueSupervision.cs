using Hotline.Knowledge.Contracts;
using Hotline.Platform.Messaging;

namespace Hotline.Supervision.Graded;

/// <summary>知识库未按时维护 (002 art. 21–22): the unit that left a gap unfixed gets a level-1 reminder.</summary>
internal sealed class GapOverdueSupervision(SupervisionDbContext context, AutomaticSupervision automatic, TimeProvider clock)
    : InboxEventHandler<KnowledgeGapOverdue, SupervisionDbContext>(context, clock)
{
    protected override Task ApplyAsync(KnowledgeGapOverdue e, CancellationToken ct) =>
        automatic.OnKnowledgeGapOverdueAsync(new SupervisionWork(Context), e.GapId, e.UnitId, e.DueUtc, ct);
}
