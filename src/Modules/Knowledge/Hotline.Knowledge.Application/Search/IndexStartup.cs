using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Knowledge.Search;

/// <summary>
/// Checks the index against the live versions when the app starts (issue 14: rebuilt at start when missing or stale),
/// in the background so the start is not held up by a rebuild: the first search then finds it ready. A search that
/// comes first waits for the same check (<see cref="IndexBuilder"/> runs one at a time); should the check fail here,
/// the first search tries again.
/// </summary>
internal sealed class IndexStartup(IServiceScopeFactory scopes, ILogger<IndexStartup> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Off the start-up path: everything below runs after the host has started.
        await Task.Yield();
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<IndexBuilder>().EnsureFreshAsync(stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Stopped during the check: the next start checks again.
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "知识库索引启动检查失败，将在首次检索时重试。");
        }
    }
}
