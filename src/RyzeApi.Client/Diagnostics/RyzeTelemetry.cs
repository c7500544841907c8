using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RyzeApi.Client.Diagnostics;

/// <summary>
/// The SDK's <see cref="ActivitySource"/> and <see cref="Meter"/> (<see cref="RyzeClient.ActivitySourceName"/>, <see cref="RyzeClient.MeterName"/>). Tags carry the route
/// template and the instance name, never a token, QR code, pairing code or phone number.
/// </summary>
internal static class RyzeTelemetry
{
    public const string Name = RyzeClient.MeterName;

    public static readonly ActivitySource Source = new(RyzeClient.ActivitySourceName, typeof(RyzeTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(RyzeTelemetry).Assembly.GetName().Version?.ToString());

    // Bucket advice in seconds (OpenTelemetry's HTTP duration buckets, stretched to the 75 s connect long poll): without it,
    // OpenTelemetry's default buckets (0, 5, 10, 25, ...) are meant for milliseconds and put nearly every call in the first.
    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram(
        "ryzeapi.client.request.duration",
        unit: "s",
        description: "Duration of RyzeAPI calls: retries, rate-limit waits and reading the answer included.",
        tags: null,
        advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [0.005, 0.01, 0.025, 0.05, 0.075, 0.1, 0.25, 0.5, 0.75, 1, 2.5, 5, 7.5, 10, 30, 60, 90] });

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "ryzeapi.client.retries", unit: "{retry}", description: "Attempts resent after a 429, 5xx, timeout or transport failure.");

    public static readonly Counter<long> RateLimitWaits = Meter.CreateCounter<long>(
        "ryzeapi.client.rate_limit.waits", unit: "{wait}", description: "Calls held back until a rate-limit window reset.");
}
