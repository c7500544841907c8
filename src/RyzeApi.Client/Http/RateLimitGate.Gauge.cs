using System.Diagnostics.Metrics;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>The <c>ryzeapi.client.rate_limit.remaining</c> gauge over every live gate: the bucket, the token's kind and the instance's name, never the token.</summary>
internal sealed partial class RateLimitGate
{
    private static readonly List<WeakReference<RateLimitGate>> Live = [];

    private static readonly ObservableGauge<int> Remaining = RyzeTelemetry.Meter.CreateObservableGauge(
        "ryzeapi.client.rate_limit.remaining", Observe, unit: "{request}", description: "Requests left in the rate-limit window, as RyzeAPI last reported them.");

    private static void Track(RateLimitGate gate)
    {
        lock (Live)
        {
            Live.Add(new WeakReference<RateLimitGate>(gate));
        }

        GC.KeepAlive(Remaining); // created with the first gate, so a process that never calls RyzeAPI exports nothing
    }

    private static List<Measurement<int>> Observe()
    {
        var measurements = new List<Measurement<int>>();
        lock (Live)
        {
            Live.RemoveAll(reference => !reference.TryGetTarget(out _));
            foreach (var reference in Live)
            {
                if (reference.TryGetTarget(out var gate))
                {
                    measurements.AddRange(gate._windows
                        .Where(entry => entry.Value.Last?.Remaining is not null)
                        .Select(entry => new Measurement<int>(entry.Value.Last!.Remaining!.Value, gate.Tags(entry.Key.Bucket, entry.Key.Token))));
                }
            }
        }

        return measurements;
    }

    private KeyValuePair<string, object?>[] Tags(string bucket, string token) => _instances.TryGetValue(token, out var instance)
        ? [new("ryzeapi.rate_limit.bucket", bucket), new("ryzeapi.token", "instance"), new("ryzeapi.instance", instance)]
        : [new("ryzeapi.rate_limit.bucket", bucket), new("ryzeapi.token", "account")];
}
