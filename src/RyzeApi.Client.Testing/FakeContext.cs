using RyzeApi.Client.Testing.Events;
using RyzeApi.Client.Testing.Pipeline;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing;

/// <summary>Everything the pipeline and the endpoints share for one fake server.</summary>
internal sealed class FakeContext : IDisposable
{
    private readonly CancellationTokenSource _stopping = new();
    private readonly List<ITimer> _timers = [];

    public FakeContext(FakeRyzeServerOptions options)
    {
        Options = options;
        Store = new InstanceStore(options);
        RateLimiter = new RateLimiter(options.TimeProvider, options.RateLimitWindow);
        Random = options.RandomFaults?.Seed is { } seed ? new Random(seed) : new Random();
        Events = new EventHub(this);
        Store.StateChanged = (record, state) => _ = Events.Publish(record, RyzeEvents.InstanceState, EventEnvelopes.State(this, record, state));
    }

    public EventHub Events { get; }

    public FakeRyzeServerOptions Options { get; }

    public InstanceStore Store { get; }

    public RateLimiter RateLimiter { get; }

    public FaultQueue Faults { get; } = new();

    public RequestLog Requests { get; } = new();

    /// <summary>Used for random faults and generated codes; guarded by locking on itself.</summary>
    public Random Random { get; }

    public DateTimeOffset Now => Options.TimeProvider.GetUtcNow();

    /// <summary>Cancelled when the server stops, so requests parked in a fault let go instead of holding the shutdown.</summary>
    public CancellationToken Stopping => _stopping.Token;

    public void Stop() => _stopping.Cancel();

    /// <summary>
    /// Pairs a connecting instance once <see cref="FakeRyzeServerOptions.AutoPairAfter"/> has passed even if nobody reads
    /// it, so a client waiting on the WebSocket gets its <c>instance.state</c> events; reading it pairs it too.
    /// </summary>
    public void ScheduleAutoPair(string name)
    {
        if (Options.AutoPairAfter is not { } after)
        {
            return;
        }

        var timer = Options.TimeProvider.CreateTimer(_ =>
        {
            lock (Store.Gate)
            {
                Store.Find(name); // a due auto-pairing is applied on access
            }
        }, null, after, Timeout.InfiniteTimeSpan);
        lock (_timers)
        {
            _timers.Add(timer);
        }
    }

    public void Dispose()
    {
        lock (_timers)
        {
            _timers.ForEach(t => t.Dispose());
        }

        Events.Dispose();
        _stopping.Dispose();
    }
}
