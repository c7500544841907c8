using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>
/// The last <c>X-RateLimit-*</c> values RyzeAPI sent, per token and bucket, fed by the transport from every answer;
/// read through <see cref="RyzeClient.RateLimit"/> and exported as the <c>ryzeapi.client.rate_limit.remaining</c> gauge.
/// Tokens are keys in memory only: the gauge says <c>account</c> or <c>instance</c> and the instance's name.
/// </summary>
internal sealed class RateLimitRecorder
{
    private static readonly List<WeakReference<RateLimitRecorder>> Live = [];

    private static readonly ObservableGauge<int> Remaining = RyzeTelemetry.Meter.CreateObservableGauge(
        "ryzeapi.client.rate_limit.remaining", Observe, unit: "{request}", description: "Requests left in the rate-limit window, as RyzeAPI last reported them.");

    private readonly ConcurrentDictionary<(string Token, string Bucket), (RateLimitInfo Info, string? Instance)> _last = new();

    public RateLimitRecorder()
    {
        lock (Live)
        {
            Live.Add(new WeakReference<RateLimitRecorder>(this));
        }

        GC.KeepAlive(Remaining); // created with the first recorder, so a process that never calls RyzeAPI exports nothing
    }

    /// <summary>Keeps the answer's rate-limit values; <paramref name="instance"/> is <see langword="null"/> for the account token (the gauge's tag).</summary>
    public void Record(string token, string? instance, RyzeOperation operation, HttpResponseMessage response)
    {
        // Compared before anything is allocated: an unchanged answer (most of them within a window's reset) costs no memory.
        var values = RateLimitHeaders.ReadValues(response);
        var key = (token, operation.Bucket);
        if (_last.TryGetValue(key, out var last) && last.Instance == instance && RateLimitHeaders.Holds(last.Info, values))
        {
            return;
        }

        if (RateLimitHeaders.ToInfo(values) is { } info)
        {
            _last[key] = (info, instance);
        }
    }

    public RateLimitInfo? Last(string token, string bucket) => _last.TryGetValue((token, bucket), out var last) ? last.Info : null;

    private static List<Measurement<int>> Observe()
    {
        var measurements = new List<Measurement<int>>();
        lock (Live)
        {
            Live.RemoveAll(reference => !reference.TryGetTarget(out _));
            foreach (var reference in Live)
            {
                if (reference.TryGetTarget(out var recorder))
                {
                    measurements.AddRange(recorder._last
                        .Where(entry => entry.Value.Info.Remaining is not null)
                        .Select(entry => new Measurement<int>(entry.Value.Info.Remaining!.Value, Tags(entry.Key.Bucket, entry.Value.Instance))));
                }
            }
        }

        return measurements;
    }

    private static KeyValuePair<string, object?>[] Tags(string bucket, string? instance) => instance is null
        ? [new("ryzeapi.rate_limit.bucket", bucket), new("ryzeapi.token", "account")]
        : [new("ryzeapi.rate_limit.bucket", bucket), new("ryzeapi.token", "instance"), new("ryzeapi.instance", instance)];
}
