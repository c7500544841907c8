using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using RyzeApi.Client.Http;

namespace RyzeApi.Client;

/// <summary>
/// The entry point to RyzeAPI. Build one with <c>new RyzeClient(options)</c> or resolve it from DI after
/// <c>AddRyzeApiClient</c>; it is thread-safe and meant to live as long as the application.
/// </summary>
public class RyzeClient
{
    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.ActivitySource"/>, one span per call: pass it to OpenTelemetry's
    /// <c>AddSource</c>.
    /// </summary>
    public const string ActivitySourceName = "RyzeApi.Client";

    /// <summary>
    /// The name of the SDK's <see cref="System.Diagnostics.Metrics.Meter"/> (<c>ryzeapi.client.request.duration</c>,
    /// <c>ryzeapi.client.retries</c>, <c>ryzeapi.client.rate_limit.waits</c>, <c>ryzeapi.client.rate_limit.remaining</c>):
    /// pass it to OpenTelemetry's <c>AddMeter</c>. It is also the category of the SDK's log events.
    /// </summary>
    public const string MeterName = "RyzeApi.Client";

    private readonly RyzeTransport? _transport;
    private readonly string? _token;

    /// <summary>Creates a client that talks to RyzeAPI over a shared, pooled connection handler.</summary>
    /// <param name="options">Base address, account token, timeouts and retry settings; read once, here: the client keeps a validated copy, so later changes to this object are not seen.</param>
    /// <exception cref="ArgumentException">The options are unusable (e.g. no account token); the message names the setting.</exception>
    public RyzeClient(RyzeClientOptions options)
        : this(options, NullLoggerFactory.Instance)
    {
    }

    /// <summary>Creates a client that also logs each call, retry and rate-limit wait (never a token or body).</summary>
    /// <param name="options">Base address, account token, timeouts and retry settings; read once, here: the client keeps a validated copy, so later changes to this object are not seen.</param>
    /// <param name="loggerFactory">Where the SDK's log events go (category <c>RyzeApi.Client</c>).</param>
    /// <exception cref="ArgumentException">The options are unusable (e.g. no account token); the message names the setting.</exception>
    public RyzeClient(RyzeClientOptions options, ILoggerFactory loggerFactory)
        : this(options, TimeProvider.System, loggerFactory)
    {
    }

    /// <summary>
    /// Creates a client that sends over <paramref name="handler"/> (e.g. a <see cref="SocketsHttpHandler"/> with a proxy, or
    /// a test double) with the same resilience pipeline, rate-limit gate and telemetry as every other client. The handler's
    /// own settings (decompression, certificates) are kept; the caller disposes it.
    /// </summary>
    /// <param name="options">Base address, account token, timeouts and retry settings; read once, here.</param>
    /// <param name="handler">The handler requests go through, below the SDK's retries and timeouts.</param>
    /// <param name="timeProvider">The clock for retries, rate-limit waits and timeouts; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where the SDK's log events go; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The options are unusable (e.g. no account token); the message names the setting.</exception>
    public RyzeClient(RyzeClientOptions options, HttpMessageHandler handler, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(RyzeHttpClientFactory.CreateTransport(Checked(options), timeProvider ?? TimeProvider.System, loggerFactory ?? NullLoggerFactory.Instance, NotNull(handler)))
    {
    }

    /// <summary>
    /// Creates a client that sends each attempt through <paramref name="httpClient"/> (its handlers and default headers
    /// apply), with the same resilience pipeline, rate-limit gate and telemetry as every other client. The address is
    /// <see cref="RyzeClientOptions.BaseAddress"/>; give the client an infinite <see cref="HttpClient.Timeout"/>, since the
    /// SDK's timeouts (connect's long poll is 75 s) apply. The caller disposes it.
    /// </summary>
    /// <param name="options">Base address, account token, timeouts and retry settings; read once, here.</param>
    /// <param name="httpClient">The client each attempt is sent through.</param>
    /// <param name="timeProvider">The clock for retries, rate-limit waits and timeouts; <see langword="null"/> for <see cref="TimeProvider.System"/>.</param>
    /// <param name="loggerFactory">Where the SDK's log events go; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The options are unusable (e.g. no account token); the message names the setting.</exception>
    public RyzeClient(RyzeClientOptions options, HttpClient httpClient, TimeProvider? timeProvider = null, ILoggerFactory? loggerFactory = null)
        : this(options, new HttpClientForwarder(NotNull(httpClient)), timeProvider, loggerFactory)
    {
    }

    /// <summary>Creates a client whose retries, rate-limit waits, deadlines and polls run on <paramref name="timeProvider"/> (a fake clock in tests).</summary>
    /// <param name="options">Base address, account token, timeouts and retry settings; read once, here: the client keeps a validated copy, so later changes to this object are not seen.</param>
    /// <param name="timeProvider">The clock every wait of this client uses.</param>
    /// <param name="loggerFactory">Where the SDK's log events go; <see langword="null"/> for none.</param>
    /// <exception cref="ArgumentException">The options are unusable (e.g. no account token); the message names the setting.</exception>
    public RyzeClient(RyzeClientOptions options, TimeProvider timeProvider, ILoggerFactory? loggerFactory = null)
        : this(RyzeHttpClientFactory.CreateTransport(Checked(options), timeProvider ?? throw new ArgumentNullException(nameof(timeProvider)), loggerFactory ?? NullLoggerFactory.Instance))
    {
    }

    internal RyzeClient(RyzeTransport transport, string? token = null)
    {
        _transport = transport;
        _token = token;
        Instances = new InstancesClient(transport);
        Events = new EventsClient(transport);
        Fleet = new FleetClient(Instances, Events);
    }

    /// <summary>
    /// Creates a client for mocking: override the members a test calls. <see cref="Instances"/>, <see cref="Events"/> and
    /// <see cref="Fleet"/> are clients whose calls throw <see cref="InvalidOperationException"/> until overridden,
    /// <see cref="RateLimit"/> is empty, and <see cref="ForInstance"/> throws unless overridden.
    /// </summary>
    protected RyzeClient()
    {
        Instances = InstancesClient.Unconnected();
        Events = EventsClient.Unconnected();
        Fleet = FleetClient.Unconnected();
    }

    /// <summary>The transport, for the health checks.</summary>
    internal RyzeTransport Transport => _transport ?? throw Mocking.NotOverridden(this);

    /// <summary>
    /// The <c>X-RateLimit-*</c> values RyzeAPI last sent for this client's token (the account token; for a
    /// <see cref="ForInstance"/> client, the instance token), per bucket; also exported as the
    /// <c>ryzeapi.client.rate_limit.remaining</c> gauge.
    /// </summary>
    public virtual RateLimitSnapshot RateLimit => _transport is null ? new() : new()
    {
        Global = _transport.RateLimits.Last(_token ?? _transport.AccountToken, RyzeOperation.GlobalBucket),
        Create = _transport.RateLimits.Last(_token ?? _transport.AccountToken, RyzeOperation.CreateBucket),
    };

    /// <summary>Manages WhatsApp instances.</summary>
    public virtual InstancesClient Instances { get; }

    /// <summary>Configures webhooks and the WebSocket, and streams events.</summary>
    public virtual EventsClient Events { get; }

    /// <summary>Plans and applies the desired state of many instances at once (<see cref="FleetSpec"/>).</summary>
    public virtual FleetClient Fleet { get; }

    /// <summary>
    /// Returns a client that sends <paramref name="instanceToken"/> (the instance's TokenInstance) on every call to
    /// <paramref name="instanceName"/>'s paths, as RyzeAPI recommends; create, list and delete keep the account token.
    /// </summary>
    /// <param name="instanceName">The instance the token belongs to.</param>
    /// <param name="instanceToken">The instance token, e.g. <see cref="Instance.Token"/>.</param>
    /// <returns>A client sharing this one's connection and policy.</returns>
    /// <exception cref="ArgumentException">The name or token is blank or invalid.</exception>
    public virtual RyzeClient ForInstance(string instanceName, string instanceToken)
    {
        InstanceName.Validate(instanceName, nameof(instanceName));
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceToken);
        return new RyzeClient(Transport.ForInstance(instanceName, instanceToken), instanceToken);
    }

    private static T NotNull<T>(T value, [System.Runtime.CompilerServices.CallerArgumentExpression(nameof(value))] string? paramName = null)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value, paramName);
        return value;
    }

    /// <summary>The client's own validated copy of <paramref name="options"/>: changing the caller's object later changes nothing.</summary>
    private static RyzeClientOptions Checked(RyzeClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return options.Snapshot();
    }
}
