using System.Diagnostics;
using System.Net;
using Microsoft.Extensions.Logging;
using Polly;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>The policy's own log events and counters: route template, attempt, reason and wait; never a header or body.</summary>
internal static partial class RyzeResiliencePipeline
{
    private static void Retrying(ILogger logger, ResilienceContext context, Outcome<HttpResponseMessage> outcome, int attempt, TimeSpan wait)
    {
        var call = RyzeCall.Of(context);
        var (request, operation) = (call.Request, call.Operation);
        // A 429, or a 408 (RFC 9110: the request never fully arrived), was not processed: what follows is as good as a first
        // attempt. Anything else may have been carried out, which a resent delete's 404 must know.
        if (outcome.Result?.StatusCode is not (HttpStatusCode.TooManyRequests or HttpStatusCode.RequestTimeout))
        {
            Resends.MarkAfterAmbiguousAttempt(request);
        }

        // Counted on the request, so that a read sent again after its body was cut off stays within the call's attempts.
        attempt += call.RetriesBefore;
        RyzeResilienceHandler.RecordRetries(request, attempt + 1);
        var reason = outcome.Result is { } response
            ? StatusCodes.Text((int)response.StatusCode)
            : outcome.Exception?.GetType().Name ?? "?";
        RyzeTelemetry.Retries.Add(1, new TagList { { "url.template", operation.Template }, { "error.type", reason } });
        LogRetry(logger, request.Method.Method, operation.Template, attempt + 2, reason, wait.TotalMilliseconds);
    }

    [LoggerMessage(10, LogLevel.Information, "RyzeAPI {Method} {Route}: attempt {Attempt} after {Reason}, in {WaitMs:0} ms")]
    private static partial void LogRetry(ILogger logger, string method, string route, int attempt, string reason, double waitMs);

    [LoggerMessage(11, LogLevel.Information, "RyzeAPI {Method} {Route}: rate-limit window used up, waiting {WaitMs:0} ms for the reset")]
    internal static partial void LogRateLimitWait(ILogger logger, string method, string route, double waitMs);
}
