using System.Threading.Channels;
using Channel = System.Threading.Channels.Channel;
using Hotline.Platform.Notifications;
using Hotline.Platform.Persistence;

namespace Hotline.Intake.CaseIndex;

/// <summary>
/// Cases saved since the indexer last looked. Every save of an Intake context that adds or changes a case puts its id
/// here; the indexer then reads the committed case back, so a save rolled back never reaches the index.
/// </summary>
internal sealed class CaseIndexQueue : ISaveChangesObserver
{
    /// <summary>Case ids saved on another app node, which this node's index must take too.</summary>
    public const string OtherNodesTopic = "case-index:saved";

    private readonly Channel<Guid> _ids = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });
    private readonly LiveUpdates _live;

    public CaseIndexQueue(LiveUpdates live)
    {
        _live = live;
        // Relayed before the other node's commit, like a local save: the indexer reads each case twice, the second time late.
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
            {
                _ids.Writer.TryWrite(entry.Entity.Id);
                _live.PublishToOtherNodes(OtherNodesTopic, entry.Entity.Id.ToString());
            }
        }
    }
}
