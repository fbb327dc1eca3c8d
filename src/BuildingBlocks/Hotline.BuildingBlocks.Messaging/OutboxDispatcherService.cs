using Microsoft.Extensions.Logging;

namespace Hotline.Platform.Messaging;

internal sealed class OutboxDispatcherService(OutboxProcessor processor, OutboxSignal signal, ILogger<OutboxDispatcherService> logger)
    : PollingWorker(signal, TimeSpan.FromSeconds(2), logger)
{
    protected override Task<int> ProcessBatchAsync(CancellationToken cancellationToken) =>
        processor.ProcessBatchAsync(cancellationToken);
}
