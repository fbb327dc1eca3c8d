using Hotline.Platform.Notifications;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Knowledge.Search;

/// <summary>
/// Keeps the index current from the module's own events; re-reading the database makes a repeat harmless. An event is
/// handled on one app node: the others are told to sync the article into their own index (<see cref="IndexRelay"/>).
/// </summary>
internal sealed class IndexEventHandlers(IndexBuilder builder, LiveUpdates live)
    : IIntegrationEventHandler<ArticlePublished>, IIntegrationEventHandler<ArticleRetired>
{
    public Task HandleAsync(ArticlePublished e, CancellationToken cancellationToken) => SyncAsync(e.ArticleId, cancellationToken);

    public Task HandleAsync(ArticleRetired e, CancellationToken cancellationToken) => SyncAsync(e.ArticleId, cancellationToken);

    private async Task SyncAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await builder.SyncAsync(articleId, cancellationToken);
        live.PublishToOtherNodes(IndexRelay.Topic, articleId.ToString());
    }
}

/// <summary>Syncs into this node's index the articles another node's event handling changed.</summary>
internal sealed class IndexRelay(LiveUpdates live, IServiceScopeFactory scopes, ILogger<IndexRelay> logger) : IHostedService
{
    public const string Topic = "knowledge-index:changed";

    private IDisposable? _subscription;

    public Task StartAsync(CancellationToken cancellationToken)
    {
        _subscription = live.Subscribe<string>(Topic, async id =>
        {
            if (!Guid.TryParse(id, out var articleId))
                return;
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IndexBuilder>().SyncAsync(articleId, CancellationToken.None);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "Could not sync article {ArticleId} into this node's knowledge index", articleId);
            }
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _subscription?.Dispose();
        return Task.CompletedTask;
    }
}
