using Hotline.Platform.Seeding.Scale;

namespace Hotline.Supervision.Scale;

/// <summary>
/// What the scale generator's Supervision part keeps from one batch to the next: the run's "now", and the recent
/// registrations per caller, category and area, for the count Intake puts on CaseAccepted (the caller's requests on the
/// same matter in the last 90 days, this one included), which decides a repeated request.
/// </summary>
internal sealed class SupervisionScaleMemory
{
    /// <summary>Intake's repeat window (IntakeLimits.RepeatWindowDays).</summary>
    public const int RepeatWindowDays = 90;

    private readonly Dictionary<(string Phone, Guid Category, Guid Area), List<DateTime>> _registered = [];
    private readonly Lock _lock = new();

    public DateTime? NowUtc { get; set; }

    public void Remember(IReadOnlyList<ScaleCase> batch)
    {
        lock (_lock)
        {
            foreach (var s in batch)
            {
                if (string.IsNullOrEmpty(s.CallerPhone))
                    continue;
                var key = (s.CallerPhone, s.CategoryId, s.AreaId);
                if (!_registered.TryGetValue(key, out var times))
                    _registered[key] = times = new List<DateTime>(2);
                times.Add(s.RegisteredAtUtc);
            }
        }
    }

    /// <summary>As RepeatDetection counts them when the case is accepted: every case of the caller on the matter registered in the window by then.</summary>
    public int RequestsOnSameMatter(ScaleCase s, DateTime decidedAtUtc)
    {
        if (string.IsNullOrEmpty(s.CallerPhone))
            return 1;
        var since = s.RegisteredAtUtc.AddDays(-RepeatWindowDays);
        lock (_lock)
        {
            return _registered.TryGetValue((s.CallerPhone, s.CategoryId, s.AreaId), out var times)
                ? Math.Max(1, times.Count(t => t >= since && t <= decidedAtUtc))
                : 1;
        }
    }

    /// <summary>Drops registrations no later case can count any more.</summary>
    public void Forget(DateTime beforeUtc)
    {
        lock (_lock)
        {
            List<(string, Guid, Guid)>? empty = null;
            foreach (var (key, times) in _registered)
            {
                times.RemoveAll(t => t < beforeUtc);
                if (times.Count == 0)
                    (empty ??= []).Add(key);
            }
            foreach (var key in empty ?? [])
                _registered.Remove(key);
        }
    }
}
