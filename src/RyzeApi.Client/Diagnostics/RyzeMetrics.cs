using System.Diagnostics.Metrics;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.Diagnostics;

/// <summary>
/// The SDK's instruments on one <see cref="Meter"/> named <see cref="RyzeClient.MeterName"/>: under DI made by the
/// container's <see cref="IMeterFactory"/> (so they are scoped to it and disposed with it), else one static meter.
/// </summary>
internal sealed class RyzeMetrics
{
    private readonly List<WeakReference<RateLimitGate>> _gates = [];

    private RyzeMetrics(Meter meter)
    {
        // Bucket advice in seconds (OpenTelemetry's HTTP duration buckets, stretched to the 75 s connect long poll): without it,
        // OpenTelemetry's default buckets (0, 5, 10, 25, ...) are meant for milliseconds and put nearly every call in the first.
        RequestDuration = meter.CreateHistogram(
            "ryzeapi.client.request.duration",
            unit: "s",
            description: "Duration of RyzeAPI calls: retries, rate-limit waits and reading the answer included.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 90] });
        Retries = meter.CreateCounter<long>(
            "ryzeapi.client.retries", unit: "{retry}", description: "Attempts resent after a 429, 5xx, timeout or transport failure.");
        RateLimitWaits = meter.CreateCounter<long>(
            "ryzeapi.client.rate_limit.waits", unit: "{wait}", description: "Calls held back until a rate-limit window reset.");
        meter.CreateObservableGauge(
            "ryzeapi.client.rate_limit.remaining", Observe, unit: "{request}", description: "Requests left in the rate-limit window, as RyzeAPI last reported them.");
    }

    /// <summary>The instruments of clients built without DI (or in a container without <see cref="IMeterFactory"/>).</summary>
    public static RyzeMetrics Shared { get; } = new(new Meter(RyzeClient.MeterName, RyzeTelemetry.Version));

    public Histogram<double> RequestDuration { get; }

    public Counter<long> Retries { get; }

    public Counter<long> RateLimitWaits { get; }

    public static RyzeMetrics From(IMeterFactory? factory) =>
        factory is null ? Shared : new(factory.Create(new MeterOptions(RyzeClient.MeterName) { Version = RyzeTelemetry.Version }));

    /// <summary>Exports <paramref name="gate"/>'s values in the gauge for as long as it lives.</summary>
    public void Track(RateLimitGate gate)
    {
        lock (_gates)
        {
            _gates.Add(new WeakReference<RateLimitGate>(gate));
        }
    }

    private List<Measurement<int>> Observe()
    {
        var measurements = new List<Measurement<int>>();
        lock (_gates)
        {
            _gates.RemoveAll(reference => !reference.TryGetTarget(out _));
            foreach (var reference in _gates)
            {
                if (reference.TryGetTarget(out var gate))
                {
                    measurements.AddRange(gate.Measurements());
                }
            }
        }

        return measurements;
    }
}
