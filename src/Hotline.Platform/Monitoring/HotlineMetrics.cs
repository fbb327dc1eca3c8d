using System.Diagnostics.Metrics;

namespace Hotline.Platform.Monitoring;

/// <summary>
/// The app's own metrics (meter <see cref="MeterName"/>), exported with the framework's by OpenTelemetry when the host
/// configures an exporter; nothing is measured that names a caller.
/// </summary>
public sealed class HotlineMetrics
{
    public const string MeterName = "Hotline";

    private readonly Counter<long> _casesRegistered;

    public HotlineMetrics(IMeterFactory meters)
    {
        Meter = meters.Create(MeterName);
        _casesRegistered = Meter.CreateCounter<long>("hotline.cases.registered", "{case}", "Cases registered (merged calls not counted), by channel");
    }

    /// <summary>For the host's observable instruments (event delivery, disk, circuits, backup age).</summary>
    public Meter Meter { get; }

    public void CaseRegistered(string channel) =>
        _casesRegistered.Add(1, new KeyValuePair<string, object?>("channel", channel));
}
