using System.Diagnostics;

namespace RyzeApi.Client.Diagnostics;

/// <summary>
/// The SDK's <see cref="ActivitySource"/> (<see cref="RyzeClient.ActivitySourceName"/>) and the name its log events and
/// meters share. Tags carry the route template and the instance name, never a token, QR code, pairing code or phone number.
/// </summary>
internal static class RyzeTelemetry
{
    public const string Name = RyzeClient.MeterName;

    public static readonly string? Version = typeof(RyzeTelemetry).Assembly.GetName().Version?.ToString();

    public static readonly ActivitySource Source = new(RyzeClient.ActivitySourceName, Version);
}
