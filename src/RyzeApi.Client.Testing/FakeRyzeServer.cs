using Microsoft.AspNetCore.Builder;
using RyzeApi.Client.Testing.Pipeline;

namespace RyzeApi.Client.Testing;

/// <summary>A stateful fake of the RyzeAPI instance and events endpoints, served by Kestrel on 127.0.0.1 inside the test process.</summary>
/// <remarks>Route keys (for <see cref="FailNext"/> and <see cref="CountRequests"/>) are <c>"METHOD path"</c> where path is either the
/// concrete path (<c>"GET /api/instance/getS3/sales"</c>) or the route template (<c>"POST /api/instance/settings/{instance}"</c>);
/// without a method (<c>"/api/instance/list"</c>) any method matches.</remarks>
public sealed partial class FakeRyzeServer : IAsyncDisposable
{
    private static readonly TimeSpan StopTimeout = TimeSpan.FromSeconds(2);
    private readonly FakeContext _fake;
    private readonly WebApplication _app;
    private int _disposed;

    private FakeRyzeServer(FakeContext fake, WebApplication app, Uri baseAddress)
    {
        _fake = fake;
        _app = app;
        BaseAddress = baseAddress;
    }

    /// <summary>Gets the address to send requests to, for example <c>http://127.0.0.1:41234/</c>.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Gets the account token (TokenAccount) the fake accepts.</summary>
    public string AccountToken => _fake.Options.AccountToken;

    /// <summary>Gets the requests received so far, in arrival order.</summary>
    public IReadOnlyList<FakeRequest> Requests => _fake.Requests.Snapshot();

    /// <summary>Starts a fake server.</summary>
    /// <param name="options">The options; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the start.</param>
    /// <returns>The running server; dispose it to stop.</returns>
    public static async Task<FakeRyzeServer> StartAsync(FakeRyzeServerOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new FakeRyzeServerOptions();
        Validate(options);
        var fake = new FakeContext(options);
        var (app, baseAddress) = await FakeApp.StartAsync(fake, cancellationToken).ConfigureAwait(false);
        fake.Events.BaseAddress = baseAddress;
        return new FakeRyzeServer(fake, app, baseAddress);
    }

    /// <summary>Queues a fault for the next request matching <paramref name="route"/>; queue it twice to fail the next two.</summary>
    /// <param name="route">A route key such as <c>"POST /api/instance/new"</c> or <c>"POST /api/instance/settings/{instance}"</c>.</param>
    /// <param name="fault">The fault to apply.</param>
    public void FailNext(string route, FakeFault fault)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        ArgumentNullException.ThrowIfNull(fault);
        _fake.Faults.Add(route, fault);
    }

    /// <summary>Counts the requests received that match <paramref name="route"/> (same syntax as <see cref="FailNext"/>).</summary>
    /// <param name="route">The route key.</param>
    /// <returns>The number of matching requests.</returns>
    public int CountRequests(string route)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(route);
        return Requests.Count(r => RouteKey.Matches(route.Trim(), r.Method, r.Path, r.Route));
    }

    /// <summary>Gets how many requests the per-token rate limits refused with 429 since the start or the last <see cref="Reset"/>.</summary>
    /// <remarks>Random and queued 429 faults are not counted: only the limiter's own refusals.</remarks>
    public int RateLimitRefusals => _fake.RateLimiter.Refused;

    /// <summary>
    /// Forgets the recorded requests only (instances, queued faults and rate-limit windows stay), so a long load run
    /// can measure its own memory without the fake's growing request log.
    /// </summary>
    public void ClearRequests() => _fake.Requests.Clear();

    /// <summary>Forgets every instance, request, queued fault and rate-limit window.</summary>
    public void Reset()
    {
        lock (_fake.Store.Gate)
        {
            _fake.Store.Clear();
        }

        _fake.Requests.Clear();
        _fake.Faults.Clear();
        _fake.RateLimiter.Clear();
    }

    /// <summary>Stops the server, dropping any request still parked in a <see cref="FakeFault"/>; later calls do nothing.</summary>
    /// <returns>A task that completes when Kestrel has stopped.</returns>
    public async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }

        // Parked faults let go first; the short timeout then bounds anything else still in flight (the host's
        // default would wait 30 s for it), after which Kestrel aborts the remaining connections.
        _fake.Stop();
        using var timeout = new CancellationTokenSource(StopTimeout);
        await _app.StopAsync(timeout.Token).ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _fake.Dispose();
    }

    private static void Validate(FakeRyzeServerOptions options)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(options.AccountToken, nameof(options.AccountToken));
        ArgumentNullException.ThrowIfNull(options.TimeProvider, nameof(options.TimeProvider));
        ArgumentNullException.ThrowIfNull(options.Quirks, nameof(options.Quirks));
        ArgumentOutOfRangeException.ThrowIfNegative(options.Port, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(options.Port, 65535, nameof(options.Port));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.RateLimitPerMinute, nameof(options.RateLimitPerMinute));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.CreateRateLimitPerMinute, nameof(options.CreateRateLimitPerMinute));
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.RateLimitWindow, TimeSpan.Zero, nameof(options.RateLimitWindow));
        ArgumentOutOfRangeException.ThrowIfNegative(options.InstanceQuota, nameof(options.InstanceQuota));
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.WebhookAttempts, nameof(options.WebhookAttempts));
        ArgumentOutOfRangeException.ThrowIfLessThan(options.WebhookRetryDelay, TimeSpan.Zero, nameof(options.WebhookRetryDelay));
    }
}
