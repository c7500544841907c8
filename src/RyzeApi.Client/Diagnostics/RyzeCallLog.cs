using Microsoft.Extensions.Logging;

namespace RyzeApi.Client.Diagnostics;

/// <summary>The one log event per SDK call (<see cref="RyzeCallTelemetry"/>); the event ids are part of what partners filter on.</summary>
internal static partial class RyzeCallLog
{
    [LoggerMessage(1, LogLevel.Debug, "RyzeAPI {Method} {Route} for instance {Instance} answered {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void Completed(ILogger logger, string method, string route, string? instance, int statusCode, double elapsedMs);

    [LoggerMessage(2, LogLevel.Warning, "RyzeAPI {Method} {Route} for instance {Instance} failed with {StatusCode}")]
    public static partial void Failed(ILogger logger, string method, string route, string? instance, int statusCode);

    [LoggerMessage(3, LogLevel.Warning, "RyzeAPI {Method} {Route} for instance {Instance} got no response ({Error})")]
    public static partial void TransportFailure(ILogger logger, string method, string route, string? instance, string error);
}
