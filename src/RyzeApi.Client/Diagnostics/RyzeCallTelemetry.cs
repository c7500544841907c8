using System.Diagnostics;
using System.Globalization;
using Microsoft.Extensions.Logging;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.Diagnostics;

/// <summary>
/// One SDK call's span, duration measurement and log event, around everything the call does: its attempts and waits, the
/// body read, and a read sent again. They carry the method, the route template (<c>url.template</c>, OpenTelemetry's name
/// for it on a client), the server and the instance name; never a header, a body or the query string.
/// </summary>
/// <remarks>A struct the transport keeps on its own frame: the call pays for no allocation of its own.</remarks>
internal readonly struct RyzeCallTelemetry : IDisposable
{
    private readonly RyzeOperation _operation;
    private readonly ServerAddress _server;
    private readonly string? _instance;
    private readonly Activity? _activity;
    private readonly RyzeMetrics _metrics;
    private readonly long _started;

    private RyzeCallTelemetry(RyzeOperation operation, ServerAddress server, string? instance, Activity? activity, RyzeMetrics metrics)
    {
        _metrics = metrics;
        _operation = operation;
        _server = server;
        _instance = instance;
        _activity = activity;
        _started = Stopwatch.GetTimestamp();
    }

    public static RyzeCallTelemetry Start(RyzeOperation operation, ServerAddress server, string instance, RyzeMetrics metrics)
    {
        var name = instance.Length == 0 ? null : instance;
        var activity = RyzeTelemetry.Source.HasListeners() ? RyzeTelemetry.Source.StartActivity(operation.Name, ActivityKind.Client) : null;
        // AddTag, not SetTag: each key is written once per span, so there is no earlier value to look for.
        activity?.AddTag("http.request.method", operation.Method);
        activity?.AddTag("url.template", operation.Template);
        activity?.AddTag("server.address", server.Host);
        activity?.AddTag("server.port", server.Port);
        activity?.AddTag("ryzeapi.instance", name);
        return new RyzeCallTelemetry(operation, server, name, activity, metrics);
    }

    /// <summary>The call returned its result; <paramref name="status"/> is the answer it was read from.</summary>
    public void Succeeded(ILogger logger, int status)
    {
        var elapsed = Stopwatch.GetElapsedTime(_started);
        _activity?.AddTag("http.response.status_code", status);
        RyzeCallLog.Completed(logger, _operation.Method, _operation.Template, _instance, status, elapsed.TotalMilliseconds);
        Record(elapsed, status, error: null);
    }

    /// <summary>
    /// The call threw: an error status, an answer that could not be used, no answer at all, or the caller's cancellation
    /// (logged at <see cref="LogLevel.Debug"/>: nothing failed), and a 404 (Debug: it answers the caller's question). A 404 the operation expects is recorded as an answer.
    /// </summary>
    public void Failed(ILogger logger, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception is RyzeApiException { StatusCode: { } code } ? (int)code : (int?)null;
        if (status == 404 && _operation.NotFoundIsAnswer)
        {
            Succeeded(logger, 404);
            return;
        }

        var elapsed = Stopwatch.GetElapsedTime(_started);
        // No answer: what failed underneath (HttpRequestException, TimeoutException, IOException) says more than the wrapper.
        var error = status is < 200 or > 299 ? status.Value.ToString(CultureInfo.InvariantCulture)
            : exception is RyzeConnectionException { InnerException: { } cause } ? cause.GetType().Name
            : exception.GetType().Name;
        if (status is { } answered)
        {
            _activity?.AddTag("http.response.status_code", answered);
        }

        _activity?.SetStatus(ActivityStatusCode.Error);
        _activity?.AddTag("error.type", error);
        if (exception is OperationCanceledException && cancellationToken.IsCancellationRequested)
        {
            RyzeCallLog.Cancelled(logger, _operation.Method, _operation.Template, _instance);
        }
        else if (status == 404)
        {
            RyzeCallLog.NotFound(logger, _operation.Method, _operation.Template, _instance, exception.GetType().Name);
        }
        else if (status is { } failed)
        {
            RyzeCallLog.Failed(logger, _operation.Method, _operation.Template, _instance, failed, exception.GetType().Name);
        }
        else
        {
            RyzeCallLog.TransportFailure(logger, _operation.Method, _operation.Template, _instance, error);
        }

        Record(elapsed, status, error);
    }

    public void Dispose() => _activity?.Dispose();

    private void Record(TimeSpan elapsed, int? status, string? error)
    {
        if (!_metrics.RequestDuration.Enabled)
        {
            return;
        }

        var tags = new TagList
        {
            { "http.request.method", _operation.Method },
            { "url.template", _operation.Template },
            { "server.address", _server.Host },
            { "server.port", _server.Port },
        };
        if (status is not null)
        {
            tags.Add("http.response.status_code", status.Value);
        }

        if (error is not null)
        {
            tags.Add("error.type", error);
        }

        _metrics.RequestDuration.Record(elapsed.TotalSeconds, tags);
    }
}
