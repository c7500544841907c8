using System.Diagnostics;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>The policy's log events and counters: route template, attempt, reason and wait; never a header or body.</summary>
internal sealed partial class RyzeResilienceHandler
{
    private void Retrying(HttpRequestMessage request, RyzeOperation endpoint, int attempt, string reason, TimeSpan wait)
    {
        RyzeTelemetry.Retries.Add(1, new TagList { { "url.template", endpoint.Template }, { "error.type", reason } });
        LogRetry(logger, request.Method.Method, endpoint.Template, attempt + 2, reason, wait.TotalMilliseconds);
    }

    [LoggerMessage(10, LogLevel.Information, "RyzeAPI {Method} {Route}: attempt {Attempt} after {Reason}, in {WaitMs:0} ms")]
    private static partial void LogRetry(ILogger logger, string method, string route, int attempt, string reason, double waitMs);

    [LoggerMessage(11, LogLevel.Information, "RyzeAPI {Method} {Route}: rate-limit window used up, waiting {WaitMs:0} ms for the reset")]
    private static partial void LogRateLimitWait(ILogger logger, string method, string route, double waitMs);
}
