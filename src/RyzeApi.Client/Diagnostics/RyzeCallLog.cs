using Microsoft.Extensions.Logging;

namespace RyzeApi.Client.Diagnostics;

/// <summary>The one log event per SDK call (<see cref="RyzeCallTelemetry"/>); the event ids are part of what partners filter on.</summary>
internal static partial class RyzeCallLog
{
    [LoggerMessage(1, LogLevel.Debug, "RyzeAPI {Method} {Route} for instance {Instance} answered {StatusCode} in {ElapsedMs:0.0} ms")]
    public static partial void Completed(ILogger logger, string method, string route, string? instance, int statusCode, double elapsedMs);

    /// <summary>An error status, or a 2xx whose answer could not be used; <paramref name="error"/> is the exception's type.</summary>
    [LoggerMessage(2, LogLevel.Warning, "RyzeAPI {Method} {Route} for instance {Instance} failed with {StatusCode} ({Error})")]
    public static partial void Failed(ILogger logger, string method, string route, string? instance, int statusCode, string error);

    [LoggerMessage(3, LogLevel.Warning, "RyzeAPI {Method} {Route} for instance {Instance} got no response ({Error})")]
    public static partial void TransportFailure(ILogger logger, string method, string route, string? instance, string error);

    /// <summary>A 404: an answer about the caller's input (no such instance), not a fault of the SDK or the service.</summary>
    [LoggerMessage(5, LogLevel.Debug, "RyzeAPI {Method} {Route} for instance {Instance} answered 404 ({Error})")]
    public static partial void NotFound(ILogger logger, string method, string route, string? instance, string error);

    [LoggerMessage(4, LogLevel.Debug, "RyzeAPI {Method} {Route} for instance {Instance} was cancelled by the caller")]
    public static partial void Cancelled(ILogger logger, string method, string route, string? instance);
}
