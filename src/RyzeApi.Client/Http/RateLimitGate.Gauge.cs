using System.Diagnostics.Metrics;

namespace RyzeApi.Client.Http;

/// <summary>The values of the <c>ryzeapi.client.rate_limit.remaining</c> gauge: the bucket, the token's kind and the instance's name, never the token.</summary>
internal sealed partial class RateLimitGate
{
    /// <summary>The last <c>X-RateLimit-Remaining</c> per token and bucket.</summary>
    public IEnumerable<Measurement<int>> Measurements() => _windows
        .Where(entry => entry.Value.Last?.Remaining is not null)
        .Select(entry => new Measurement<int>(entry.Value.Last!.Remaining!.Value, Tags(entry.Key.Bucket, entry.Key.Token)));

    private KeyValuePair<string, object?>[] Tags(string bucket, string token) => _instances.TryGetValue(token, out var instance)
        ? [new("ryzeapi.rate_limit.bucket", bucket), new("ryzeapi.token", "instance"), new("ryzeapi.instance", instance)]
        : [new("ryzeapi.rate_limit.bucket", bucket), new("ryzeapi.token", "account")];
}
