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
    private readonly ConcurrentDictionary<(string Token, string Bucket), (RateLimitInfo Info, string? Instance)> _last = new();

    public RateLimitRecorder(RyzeMetrics metrics) => metrics.Track(this);

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

    /// <summary>The gauge's values: the last <c>X-RateLimit-Remaining</c> per token and bucket.</summary>
    public IEnumerable<Measurement<int>> Measurements() => _last
        .Where(entry => entry.Value.Info.Remaining is not null)
        .Select(entry => new Measurement<int>(entry.Value.Info.Remaining!.Value, Tags(entry.Key.Bucket, entry.Value.Instance)));

    private static KeyValuePair<string, object?>[] Tags(string bucket, string? instance) => instance is null
        ? [new("ryzeapi.rate_limit.bucket", bucket), new("ryzeapi.token", "account")]
        : [new("ryzeapi.rate_limit.bucket", bucket), new("ryzeapi.token", "instance"), new("ryzeapi.instance", instance)];
}
