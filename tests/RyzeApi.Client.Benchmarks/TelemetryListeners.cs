using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// Listens to the SDK's <see cref="ActivitySource"/> and <see cref="Meter"/> (both <c>RyzeApi.Client</c>) the way an
/// OpenTelemetry SDK would: every span recorded, every measurement delivered. Without a listener they cost almost nothing.
/// </summary>
public static class TelemetryListeners
{
    private static readonly object Gate = new();
    private static ActivityListener? _activities;
    private static MeterListener? _meters;
    private static double _sum;

    public static void Start()
    {
        lock (Gate)
        {
            if (_activities is not null)
            {
                return;
            }

            _activities = new ActivityListener
            {
                ShouldListenTo = source => source.Name == "RyzeApi.Client",
                Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            };
            ActivitySource.AddActivityListener(_activities);

            _meters = new MeterListener
            {
                InstrumentPublished = (instrument, listener) =>
                {
                    if (instrument.Meter.Name == "RyzeApi.Client")
                    {
                        listener.EnableMeasurementEvents(instrument);
                    }
                },
            };
            _meters.SetMeasurementEventCallback<double>((_, value, _, _) => _sum += value);
            _meters.SetMeasurementEventCallback<long>((_, value, _, _) => _sum += value);
            _meters.Start();
        }
    }
}
