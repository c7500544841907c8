using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace RyzeApi.Client.Diagnostics;

/// <summary>
/// The SDK's <see cref="ActivitySource"/> and <see cref="Meter"/>, both named <c>RyzeApi.Client</c>. Tags carry the route
/// template and the instance name, never a token, QR code, pairing code or phone number.
/// </summary>
internal static class RyzeTelemetry
{
    public const string Name = "RyzeApi.Client";

    public static readonly ActivitySource Source = new(Name, typeof(RyzeTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Meter Meter = new(Name, typeof(RyzeTelemetry).Assembly.GetName().Version?.ToString());

    public static readonly Histogram<double> RequestDuration = Meter.CreateHistogram<double>(
        "ryzeapi.client.request.duration", unit: "s", description: "Duration of RyzeAPI calls, retries and rate-limit waits included.");

    public static readonly Counter<long> Retries = Meter.CreateCounter<long>(
        "ryzeapi.client.retries", unit: "{retry}", description: "Attempts resent after a 429, 5xx, timeout or transport failure.");

    public static readonly Counter<long> RateLimitWaits = Meter.CreateCounter<long>(
        "ryzeapi.client.rate_limit.waits", unit: "{wait}", description: "Calls held back until a rate-limit window reset.");
}
