using System.Threading.Channels;
using Hotline.Intake.Domain;
using Hotline.Intake.Persistence;
using Hotline.Platform.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Hotline.Intake.CaseIndex;

/// <summary>
/// Cases saved since the indexer last looked. Every save of an Intake context that adds or changes a case puts its id
/// here; the indexer then reads the committed case back, so a save rolled back never reaches the index.
/// </summary>
internal sealed class CaseIndexQueue : ISaveChangesObserver
{
    private readonly Channel<Guid> _ids = Channel.CreateUnbounded<Guid>(new UnboundedChannelOptions { SingleReader = true });

    public ChannelReader<Guid> Reader => _ids.Reader;

    public void Saving(DbContext context)
    {
        if (context is not IntakeDbContext)
            return;
        foreach (var entry in context.ChangeTracker.Entries<IntakeCase>())
        {
            if (entry.State is EntityState.Added or EntityState.Modified)
                _ids.Writer.TryWrite(entry.Entity.Id);
        }
    }
}
