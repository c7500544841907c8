using System.Collections.Concurrent;
using System.Diagnostics;
using System.Diagnostics.Metrics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;

namespace RyzeApi.Client.Tests.Infrastructure;

/// <summary>Everything the SDK says about itself: Trace-level logs, activities (tags, events, status) and metric tags.</summary>
public sealed class TelemetryCapture : IDisposable
{
    private readonly ConcurrentBag<Activity> _activities = [];
    private readonly ConcurrentBag<string> _measurements = [];
    private readonly ActivityListener _activityListener;
    private readonly MeterListener _meterListener = new();
    private readonly FakeLogCollector _logs = new();

    public TelemetryCapture()
    {
        _activityListener = new ActivityListener
        {
            ShouldListenTo = source => source.Name == RyzeClient.ActivitySourceName,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
            ActivityStopped = _activities.Add,
        };
        ActivitySource.AddActivityListener(_activityListener);
        _meterListener.InstrumentPublished = (instrument, listener) =>
        {
            if (instrument.Meter.Name == RyzeClient.MeterName)
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _meterListener.SetMeasurementEventCallback<double>((instrument, _, tags, _) => Measure(instrument, tags));
        _meterListener.SetMeasurementEventCallback<long>((instrument, _, tags, _) => Measure(instrument, tags));
        _meterListener.Start();
        Loggers = LoggerFactory.Create(b => b.AddProvider(new FakeLoggerProvider(_logs)).SetMinimumLevel(LogLevel.Trace));
    }

    public ILoggerFactory Loggers { get; }

    public IReadOnlyList<FakeLogRecord> Logs => _logs.GetSnapshot();

    public IReadOnlyCollection<Activity> StoppedActivities => _activities;

    /// <summary>Each measurement as <c>instrument tag=value tag=value</c>.</summary>
    public IReadOnlyCollection<string> MeasurementTexts => _measurements;

    public int LogRecords => _logs.Count;

    public int Activities => _activities.Count;

    public int Measurements => _measurements.Count;

    /// <summary>All captured text, one item per record, ready to be searched.</summary>
    public IEnumerable<string> Texts()
    {
        foreach (var record in _logs.GetSnapshot())
        {
            yield return $"{record.Category} {record.Level} {record.Id} {record.Message} {record.Exception} "
                + string.Join(',', record.StructuredState ?? []) + string.Join(',', record.Scopes);
        }

        foreach (var activity in _activities)
        {
            yield return $"{activity.DisplayName} {activity.OperationName} {activity.StatusDescription} "
                + string.Join(',', activity.TagObjects.Select(t => $"{t.Key}={t.Value}"))
                + string.Join(',', activity.Events.Select(e => e.Name + string.Join(',', e.Tags.Select(t => $"{t.Key}={t.Value}"))))
                + string.Join(',', activity.Baggage.Select(b => $"{b.Key}={b.Value}"));
        }

        foreach (var measurement in _measurements)
        {
            yield return measurement;
        }
    }

    public void Dispose()
    {
        _activityListener.Dispose();
        _meterListener.Dispose();
        Loggers.Dispose();
    }

    private void Measure(Instrument instrument, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        // The span the measurement was recorded in, when there is one: measurements carry no instance name, and tests that
        // run in parallel share the meter, so a test finds its own calls' measurements by their span's instance.
        var text = instrument.Name + (Activity.Current?.GetTagItem("ryzeapi.instance") is string instance ? $" [span instance={instance}]" : string.Empty);
        foreach (var tag in tags)
        {
            text += $" {tag.Key}={tag.Value}";
        }

        _measurements.Add(text);
    }
}
