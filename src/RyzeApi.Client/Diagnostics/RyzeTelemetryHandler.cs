using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace RyzeApi.Client.Diagnostics;

/// <summary>
/// The outermost handler: one span, one duration measurement and one log event per SDK call (retries run inside it).
/// Logs the route template, never headers, bodies or the query string.
/// </summary>
internal sealed partial class RyzeTelemetryHandler(ILogger logger) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var route = RyzeRoute.Of(request);
        using var activity = RyzeTelemetry.Source.HasListeners() ? RyzeTelemetry.Source.StartActivity(route.ToString(), ActivityKind.Client) : null;
        activity?.SetTag("http.request.method", route.Method);
        activity?.SetTag("http.route", route.Template);
        activity?.SetTag("ryzeapi.instance", route.Instance);
        var started = Stopwatch.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken).ConfigureAwait(false);
            var status = (int)response.StatusCode;
            activity?.SetTag("http.response.status_code", StatusCodes.Boxed(status));
            if (!response.IsSuccessStatusCode)
            {
                activity?.SetStatus(ActivityStatusCode.Error);
                activity?.SetTag("error.type", StatusCodes.Text(status));
                LogFailed(logger, route.Method, route.Template, route.Instance, status);
            }
            else
            {
                LogCompleted(logger, route.Method, route.Template, route.Instance, status, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }

            Record(route, status, error: null, started);
            return response;
        }
        catch (Exception ex)
        {
            activity?.SetStatus(ActivityStatusCode.Error);
            activity?.SetTag("error.type", ex.GetType().Name);
            LogTransportFailure(logger, route.Method, route.Template, route.Instance, ex.GetType().Name);
            Record(route, status: null, ex.GetType().Name, started);
            throw;
        }
    }

    private static void Record(RyzeRoute route, int? status, string? error, long started)
    {
        var tags = new TagList { { "http.request.method", route.Method }, { "http.route", route.Template } };
        if (status is not null)
        {
            tags.Add("http.response.status_code", StatusCodes.Boxed(status.Value));
        }

        if (error is not null)
        {
            tags.Add("error.type", error);
        }

        RyzeTelemetry.RequestDuration.Record(Stopwatch.GetElapsedTime(started).TotalSeconds, tags);
    }

    [LoggerMessage(1, LogLevel.Debug, "RyzeAPI {Method} {Route} for instance {Instance} answered {StatusCode} in {ElapsedMs:0.0} ms")]
    private static partial void LogCompleted(ILogger logger, string method, string route, string? instance, int statusCode, double elapsedMs);

    [LoggerMessage(2, LogLevel.Warning, "RyzeAPI {Method} {Route} for instance {Instance} failed with {StatusCode}")]
    private static partial void LogFailed(ILogger logger, string method, string route, string? instance, int statusCode);

    [LoggerMessage(3, LogLevel.Warning, "RyzeAPI {Method} {Route} for instance {Instance} got no response ({Error})")]
    private static partial void LogTransportFailure(ILogger logger, string method, string route, string? instance, string error);
}
