using System.Collections.Concurrent;
using System.Text.RegularExpressions;

namespace Hotline.Benchmarks.Load;

/// <summary>Every timed step of the run, by what was done, and every error with the user it hit.</summary>
internal sealed partial class Recorder
{
    private readonly ConcurrentQueue<(string Step, double FirstMs, double CompleteMs)> _steps = new();
    private readonly ConcurrentQueue<string> _errors = new();
    private long _navigations;

    /// <summary>Navigations are counted into the figures only from this moment on (the ramp is over).</summary>
    public DateTime MeasureFrom { get; set; } = DateTime.MaxValue;

    public long Navigations => Interlocked.Read(ref _navigations);

    public int ErrorCount => _errors.Count;

    public IEnumerable<string> Errors => _errors;

    public void Navigation(string path, TimeSpan first, TimeSpan complete)
    {
        Interlocked.Increment(ref _navigations);
        if (DateTime.UtcNow >= MeasureFrom)
            _steps.Enqueue((PageKey(path), first.TotalMilliseconds, complete.TotalMilliseconds));
    }

    public void Step(string name, TimeSpan elapsed) => _steps.Enqueue((name, elapsed.TotalMilliseconds, elapsed.TotalMilliseconds));

    public void Error(string user, string message) => _errors.Enqueue($"{user}: {message}");

    /// <summary>The steps and errors of several recorders (one per app node) as one.</summary>
    public static Recorder Merge(IReadOnlyList<Recorder> recorders)
    {
        var all = new Recorder { MeasureFrom = recorders[0].MeasureFrom };
        foreach (var recorder in recorders)
        {
            foreach (var step in recorder._steps)
                all._steps.Enqueue(step);
            foreach (var error in recorder._errors)
                all._errors.Enqueue(error);
            all._navigations += recorder.Navigations;
        }
        return all;
    }

    public IEnumerable<IGrouping<string, (string Step, double FirstMs, double CompleteMs)>> ByStep() =>
        _steps.GroupBy(s => s.Step).OrderBy(g => g.Key, StringComparer.Ordinal);

    public IReadOnlyList<(double FirstMs, double CompleteMs)> AllNavigations() =>
        _steps.Where(s => s.Step.StartsWith('/')).Select(s => (s.FirstMs, s.CompleteMs)).ToList();

    /// <summary>One row per page, whatever case it showed.</summary>
    private static string PageKey(string path) => Identifier().Replace(path, "{id}");

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")]
    private static partial Regex Identifier();
}
