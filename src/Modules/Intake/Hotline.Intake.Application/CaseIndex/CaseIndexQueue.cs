using System.Runtime.CompilerServices;
using System.Threading.Channels;
using Channel = System.Threading.Channels.Channel;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;

namespace Hotline.Intake.CaseIndex;

/// <summary>
/// Cases saved since the indexer last looked. Every save of an Intake context that adds or changes a case notes its
/// id, and at the commit the ids come here (and go to the other app nodes), so the indexer reads back committed cases
/// only: a save rolled back never reaches the index, and a slow transaction is not read before it commits.
/// </summary>
internal sealed class CaseIndexQueue : ISaveChangesObserver
{
    /// <summary>Case ids saved on another app node, which this node's index must take too.</summary>
    public const string OtherNodesTopic = "case-index:saved";

    private readonly Channel<Guid> _ids = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly ConditionalWeakTable<DbContext, HashSet<Guid>> _uncommitted = new();
    private readonly LiveUpdates _live;

    public CaseIndexQueue(LiveUpdates live)
    {
        _live = live;
        live.Subscribe<string>(OtherNodesTopic, id =>
        {
            if (Guid.TryParse(id, out var caseId))
                _ids.Writer.TryWrite(caseId);
            return Task.CompletedTask;
        });
    }

    public ChannelReader<Guid> Reader => _ids.Reader;

    public void Saving(DbContext context)
    {
        if (context is not IntakeDbContext)
            return;
        foreach (var entry in context.ChangeTracker.Entries<IntakeCase>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
                _uncommitted.GetOrCreateValue(context).Add(entry.Entity.Id);
        }
    }

    public void Committed(DbContext context)
    {
        if (!_uncommitted.TryGetValue(context, out var ids))
            return;
        _uncommitted.Remove(context);
        foreach (var id in ids)
        {
            _ids.Writer.TryWrite(id);
            _live.PublishToOtherNodes(OtherNodesTopic, id.ToString());
        }
    }

    public void RolledBack(DbContext context) => _uncommitted.Remove(context);
}
