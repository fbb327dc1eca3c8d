using Hotline.Knowledge.Contracts;
using Hotline.Platform.Messaging;

namespace Hotline.Knowledge.Search;

/// <summary>Keeps the index current from the module's own events; re-reading the database makes a repeat harmless.</summary>
internal sealed class IndexEventHandlers(IndexBuilder builder) : IIntegrationEventHandler<ArticlePublished>, IIntegrationEventHandler<ArticleRetired>
{
    public Task HandleAsync(ArticlePublished e, CancellationToken cancellationToken) => builder.SyncAsync(e.ArticleId, cancellationToken);

    public Task HandleAsync(ArticleRetired e, CancellationToken cancellationToken) => builder.SyncAsync(e.ArticleId, cancellationToken);
}
