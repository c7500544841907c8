using System.Diagnostics;
using Microsoft.Extensions.Logging;

namespace RyzeApi.Client.Diagnostics;

/// <summary>
/// One SDK call's span, duration measurement and log event, around all of its attempts and waits. They carry the method,
/// the route template and the instance name; never a header, a body or the query string.
/// </summary>
/// <remarks>A struct the SDK's handler keeps on its own frame: the call pays for no handler layer and no allocation of its own.</remarks>
internal readonly struct RyzeCallTelemetry : IDisposable
{
    private readonly RyzeRoute _route;
    private readonly Activity? _activity;
    private readonly long _started;

    private RyzeCallTelemetry(RyzeRoute route, Activity? activity)
    {
        _route = route;
        _activity = activity;
        _started = Stopwatch.GetTimestamp();
    }

    public static RyzeCallTelemetry Start(HttpRequestMessage request, string template)
    {
        var route = RyzeRoute.Of(request, template);
        var activity = RyzeTelemetry.Source.HasListeners() ? RyzeTelemetry.Source.StartActivity(route.ToString(), ActivityKind.Client) : null;
        // AddTag, not SetTag: each key is written once per span, so there is no earlier value to look for.
        activity?.AddTag("http.request.method", route.Method);
        activity?.AddTag("http.route", route.Template);
        activity?.AddTag("ryzeapi.instance", route.Instance);
        return new RyzeCallTelemetry(route, activity);
    }

    /// <summary>The call ended with an answer (an error status is still an answer: the reader maps it). Returns it.</summary>
    public HttpResponseMessage Answered(ILogger logger, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _activity?.AddTag("http.response.status_code", StatusCodes.Boxed(status));
        if (!response.IsSuccessStatusCode)
        {
            _activity?.SetStatus(ActivityStatusCode.Error);
            _activity?.AddTag("error.type", StatusCodes.Text(status));
            RyzeCallLog.Failed(logger, _route.Method, _route.Template, _route.Instance, status);
        }
        else
        {
            RyzeCallLog.Completed(logger, _route.Method, _route.Template, _route.Instance, status, elapsed.TotalMilliseconds);
        }

        Record(elapsed, status, error: null);
        return response;
    }

    /// <summary>The call ended without an answer: a transport failure, a timeout or the caller's cancellation.</summary>
    public void Failed(ILogger logger, Exception exception)
    {
        var error = exception.GetType().Name;
        _activity?.SetStatus(ActivityStatusCode.Error);
        _activity?.SetTag("error.type", error);
        RyzeCallLog.TransportFailure(logger, _route.Method, _route.Template, _route.Instance, error);
        Record(Stopwatch.GetElapsedTime(_started), status: null, error);
    }

    public void Dispose() => _activity?.Dispose();

    private void Record(TimeSpan elapsed, int? status, string? error)
    {
        var tags = new TagList { { "http.request.method", _route.Method }, { "http.route", _route.Template } };
        if (status is not null)
        {
            tags.Add("http.response.status_code", StatusCodes.Boxed(status.Value));
        }

        if (error is not null)
        {
            tags.Add("error.type", error);
        }

        RyzeTelemetry.RequestDuration.Record(elapsed.TotalSeconds, tags);
    }
}
