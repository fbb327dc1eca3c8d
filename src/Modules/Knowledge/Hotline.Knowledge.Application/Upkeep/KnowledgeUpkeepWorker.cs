using Hotline.Knowledge.Gaps;
using Microsoft.Extensions.Logging;

namespace Hotline.Knowledge.Upkeep;

/// <summary>The upkeep sweeps every five minutes: gaps past their due time, articles past their expiry date.</summary>
internal sealed class KnowledgeUpkeepWorker(IServiceScopeFactory scopes, TimeProvider clock, ILogger<KnowledgeUpkeepWorker> logger)
    : SweepWorker(scopes, clock, TimeSpan.FromMinutes(5), logger)
{
    protected override async Task SweepAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await services.GetRequiredService<GapOverdueSweep>().RunAsync(cancellationToken);
        await services.GetRequiredService<ArticleExpirySweep>().RunAsync(cancellationToken);
    }
}
