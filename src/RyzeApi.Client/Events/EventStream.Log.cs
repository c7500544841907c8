using Microsoft.Extensions.Logging;

namespace RyzeApi.Client;

/// <summary>The stream's log events: instance name, counts and statuses only, never a token or a frame's content.</summary>
internal sealed partial class EventStream
{
    [LoggerMessage(20, LogLevel.Information, "RyzeAPI event stream of {Instance} connected")]
    private static partial void LogConnected(ILogger logger, string instance);

    [LoggerMessage(21, LogLevel.Warning, "RyzeAPI event stream of {Instance} dropped; reconnecting (events until then are not replayed)")]
    private static partial void LogDropped(ILogger logger, string instance);

    [LoggerMessage(22, LogLevel.Warning, "RyzeAPI event stream of {Instance}: upgrade failure {Failures} in a row (status {Status}); next attempt in {DelayMs} ms")]
    private static partial void LogRetrying(ILogger logger, string instance, int failures, int status, double delayMs);

    [LoggerMessage(23, LogLevel.Warning, "RyzeAPI event stream of {Instance}: skipped a {Length}-byte frame that is not an event")]
    private static partial void LogFrameSkipped(ILogger logger, string instance, int length);
}
