using System.Threading.Channels;
using Channel = System.Threading.Channels.Channel;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Hotline.Integration.Gateway;

/// <summary>
/// Every API call is written to <c>integration_api_calls</c>, in batches off the request path so the audit does not
/// slow the API; <see cref="FlushAsync"/> writes what is waiting now (the admin page and tests call it).
/// </summary>
internal sealed class ApiCallJournal(IServiceScopeFactory scopes, ILogger<ApiCallJournal> logger) : BackgroundService
{
    private const int BatchSize = 500;
    private readonly Channel<ApiCall> _waiting = Channel.CreateUnbounded<ApiCall>(new UnboundedChannelOptions { SingleReader = false });
    private readonly SemaphoreSlim _oneWriter = new(1, 1);

    public void Record(ApiCall call) => _waiting.Writer.TryWrite(call);

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _oneWriter.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var batch = new List<ApiCall>();
                while (batch.Count < BatchSize && _waiting.Reader.TryRead(out var call))
                    batch.Add(call);
                if (batch.Count == 0)
                    return;
                try
                {
                    // A scope of its own: the journal is a singleton and the context factory is scoped.
                    await using var scope = scopes.CreateAsyncScope();
                    var db = scope.ServiceProvider.GetRequiredService<IntegrationDbContext>();
                    db.Calls.AddRange(batch);
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch
                {
                    // The database is away for a moment: the calls wait for the next flush instead of going unaudited.
                    foreach (var call in batch)
                        _waiting.Writer.TryWrite(call);
                    throw;
                }
            }
        }
        finally
        {
            _oneWriter.Release();
        }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await _waiting.Reader.WaitToReadAsync(stoppingToken);
                await Task.Delay(TimeSpan.FromMilliseconds(500), stoppingToken);
                await FlushAsync(stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Writing the API call journal failed; retrying");
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, CancellationToken.None);
            }
        }
        await FlushAsync(CancellationToken.None);
    }
}
