using System.Collections.Concurrent;
using Hotline.Platform.Cases;
using Hotline.Platform.Persistence;
using Hotline.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Hotline.IntegrationTests.FlowSheet;

/// <summary>
/// The real application plus stand-ins for what Dispatch, Handling and Evaluation will contribute:
/// which units are on a case, and timeline steps of later stages. The stand-in scope replaces any
/// real one so these tests decide participation themselves.
/// </summary>
public abstract class FlowSheetApp(DatabaseProvider provider) : HotlineAppFactory(provider)
{
    public TestUnitCaseScope Scope { get; } = new();

    public TestTimelineSource Timeline { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services =>
        {
            services.RemoveAll<IUnitCaseScope>();
            services.AddSingleton<IUnitCaseScope>(Scope);
            services.AddSingleton<ICaseTimelineSource>(Timeline);
        });
    }
}

public sealed class FlowSheetSqliteApp() : FlowSheetApp(DatabaseProvider.Sqlite);

public sealed class FlowSheetMariaDbApp() : FlowSheetApp(DatabaseProvider.MySql);

/// <summary>Units put on a case by the test, as Dispatch's assignments would.</summary>
public sealed class TestUnitCaseScope : IUnitCaseScope
{
    private readonly ConcurrentDictionary<(Guid CaseId, Guid UnitId), bool> _assigned = new();

    public void Assign(Guid caseId, Guid unitId) => _assigned[(caseId, unitId)] = true;

    public Task<UnitParticipation> ParticipationAsync(Guid caseId, Guid unitId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_assigned.ContainsKey((caseId, unitId)) ? new UnitParticipation(true, true, true) : UnitParticipation.None);
}

/// <summary>Steps "other modules" recorded, and the viewers the flow sheet asked for them with.</summary>
public sealed class TestTimelineSource : ICaseTimelineSource
{
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<CaseTimelineStep>> _steps = new();

    public ConcurrentQueue<(Guid CaseId, CaseViewer Viewer)> Requests { get; } = new();

    public void Add(Guid caseId, params CaseTimelineStep[] steps)
    {
        var queue = _steps.GetOrAdd(caseId, _ => new ConcurrentQueue<CaseTimelineStep>());
        foreach (var step in steps)
            queue.Enqueue(step);
    }

    public Task<IReadOnlyList<CaseTimelineStep>> StepsAsync(Guid caseId, CaseViewer viewer, CancellationToken cancellationToken = default)
    {
        Requests.Enqueue((caseId, viewer));
        IReadOnlyList<CaseTimelineStep> steps = _steps.TryGetValue(caseId, out var queue) ? queue.ToList() : [];
        return Task.FromResult(steps);
    }
}
