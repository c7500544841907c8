using Polly;

namespace RyzeApi.Client;

/// <summary>How a <see cref="RyzeClient"/> reaches RyzeAPI: address, account token, timeouts, retries and rate limits.</summary>
/// <remarks>
/// The options are read once, when the client is created: it validates and keeps its own copy, so changing this object
/// afterwards changes nothing the client sends. Under DI, a configuration reload reaches the account token only (the
/// next request sends the new one); restart, or create a new client, to apply other changes.
/// </remarks>
public sealed class RyzeClientOptions
{
    /// <summary>The public RyzeAPI host.</summary>
    public static Uri DefaultBaseAddress { get; } = new("https://ryzeapi.cloud");

    /// <summary>The absolute base address of RyzeAPI.</summary>
    /// <value>The default is <c>https://ryzeapi.cloud</c>.</value>
    public Uri BaseAddress { get; set; } = DefaultBaseAddress;

    /// <summary>The account token (TokenAccount), sent in the <c>token</c> header. Required. Never printed or logged.</summary>
    /// <value>The default is <see langword="null"/>: no client can be created until it is set.</value>
    public string? AccountToken { get; set; }

    /// <summary>
    /// The time one attempt of an ordinary call may take, until the response headers arrive; an attempt that runs out
    /// counts as a timeout (retried only on idempotent endpoints).
    /// </summary>
    /// <value>The default is 30 seconds.</value>
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// The time a call may take, retries, rate-limit waits and reading the answer's body included; a wait that would not
    /// fit is not started. A connect may wait this long before its long poll, which then gets <see cref="ConnectTimeout"/>.
    /// </summary>
    /// <value>The default is 2 minutes.</value>
    public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// The time a connect's long poll may take (the server holds it up to about 60 seconds), on top of any rate-limit wait
    /// before it. Connect is never resent after anything but the API limiter's 429, which means the call was not processed.
    /// </summary>
    /// <value>The default is 75 seconds.</value>
    public TimeSpan ConnectTimeout { get; set; } = TimeSpan.FromSeconds(75);

    /// <summary>
    /// How many times a call is resent after the API limiter's 429 (any endpoint: it means the call was not processed), or
    /// after another 429, a 5xx, 408, timeout or transport failure on an endpoint RyzeAPI documents as idempotent. Create,
    /// connect and reconnect are never resent after anything but the limiter's 429. A read (GET) whose answer is cut off
    /// after its headers is read again once, as one of these attempts; 0 turns that off too.
    /// </summary>
    /// <value>The default is 3 (so at most 4 attempts per call).</value>
    public int MaxRetries { get; set; } = 3;

    /// <summary>
    /// The first backoff delay, used when the server gives no wait; it doubles per retry (capped at 30 seconds) and
    /// is jittered between half and all of that. Must be more than zero and at most 30 seconds.
    /// </summary>
    /// <value>The default is 1 second.</value>
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The backoff cap of the resilience handler; a larger base delay could never take effect.</summary>
    private static readonly TimeSpan MaxRetryBaseDelay = TimeSpan.FromSeconds(30);

    /// <summary>The longest rate-limit wait the SDK sleeps through; a longer one fails at once with <see cref="RyzeRateLimitException"/>.</summary>
    /// <value>The default is 60 seconds.</value>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Whether calls wait for the window reset once a response said <c>X-RateLimit-Remaining: 0</c> (or was a 429),
    /// instead of running into a 429. Tracked per token and per bucket (create has its own 20/min), shared by every client
    /// of one DI container, or by every client built with <c>new</c> for the same base address; a wait above
    /// <see cref="MaxRateLimitWait"/> fails at once with
    /// <see cref="RyzeRateLimitException"/> without sending.
    /// </summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool ThrottleWhenRateLimited { get; set; } = true;

    /// <summary>
    /// How long an instance token looked up through an <see cref="IInstanceTokenProvider"/> is reused before it is looked up
    /// again. A token the server rejects (401 <c>Invalid instance token</c> or <c>Invalid token</c>) is dropped at once, and
    /// the call is sent once more with a fresh look-up. Zero looks the token up on every call.
    /// </summary>
    /// <value>The default is 10 minutes.</value>
    public TimeSpan InstanceTokenCacheLifetime { get; set; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Adds your own Polly strategies to the SDK's resilience pipeline, innermost: they see each attempt as the server
    /// would, and the SDK's retries, waits and timeouts act on what they return. Use it for chaos testing (Simmy's
    /// <c>AddChaosOutcome</c>), your own telemetry or a circuit breaker. Not bound from configuration.
    /// </summary>
    /// <value>The default is <see langword="null"/>: the SDK's strategies only.</value>
    /// <example>
    /// <code>
    /// options.ConfigureResilience = pipeline => pipeline.AddChaosOutcome(0.1, () => new HttpResponseMessage(HttpStatusCode.InternalServerError));
    /// </code>
    /// </example>
    public Action<ResiliencePipelineBuilder<HttpResponseMessage>>? ConfigureResilience { get; set; }

    /// <summary>Describes the options without the account token.</summary>
    /// <returns>A one-line description with the token masked.</returns>
    public override string ToString() =>
        $"RyzeClientOptions {{ BaseAddress = {BaseAddress}, AccountToken = {Redaction.Of(AccountToken)}, AttemptTimeout = {AttemptTimeout}, TotalTimeout = {TotalTimeout}, " +
        $"ConnectTimeout = {ConnectTimeout}, MaxRetries = {MaxRetries}, RetryBaseDelay = {RetryBaseDelay}, MaxRateLimitWait = {MaxRateLimitWait}, ThrottleWhenRateLimited = {ThrottleWhenRateLimited}, " +
        $"InstanceTokenCacheLifetime = {InstanceTokenCacheLifetime} }}";

    /// <summary>Lists what is wrong with the options, each problem naming its setting; empty when they are usable.</summary>
    internal IEnumerable<string> Problems()
    {
        if (BaseAddress is null || !BaseAddress.IsAbsoluteUri || (BaseAddress.Scheme != Uri.UriSchemeHttp && BaseAddress.Scheme != Uri.UriSchemeHttps))
        {
            yield return $"{nameof(BaseAddress)} must be an absolute http or https URL; it was '{BaseAddress}'.";
        }

        if (string.IsNullOrWhiteSpace(AccountToken))
        {
            yield return $"{nameof(AccountToken)} is required.";
        }

        foreach (var (name, value) in new[] { (nameof(AttemptTimeout), AttemptTimeout), (nameof(TotalTimeout), TotalTimeout), (nameof(ConnectTimeout), ConnectTimeout) })
        {
            if (value <= TimeSpan.Zero || value > TimeSpan.FromHours(1))
            {
                yield return $"{name} must be more than zero and at most one hour; it was {value}.";
            }
        }

        if (AttemptTimeout > TotalTimeout)
        {
            yield return $"{nameof(AttemptTimeout)} ({AttemptTimeout}) must not exceed {nameof(TotalTimeout)} ({TotalTimeout}).";
        }

        if (MaxRetries is < 0 or > 10)
        {
            yield return $"{nameof(MaxRetries)} must be between 0 and 10; it was {MaxRetries}.";
        }

        // Zero would resend at once on a 5xx; above the handler's 30-second backoff cap it would be cut down silently.
        if (RetryBaseDelay <= TimeSpan.Zero || RetryBaseDelay > MaxRetryBaseDelay)
        {
            yield return $"{nameof(RetryBaseDelay)} must be more than zero and at most 30 seconds; it was {RetryBaseDelay}.";
        }

        if (MaxRateLimitWait < TimeSpan.Zero)
        {
            yield return $"{nameof(MaxRateLimitWait)} must not be negative; it was {MaxRateLimitWait}.";
        }

        if (InstanceTokenCacheLifetime < TimeSpan.Zero || InstanceTokenCacheLifetime > TimeSpan.FromDays(1))
        {
            yield return $"{nameof(InstanceTokenCacheLifetime)} must be between zero and one day; it was {InstanceTokenCacheLifetime}.";
        }
    }

    /// <summary>
    /// The validated copy a client works from, so that later changes to this object cannot half-apply (e.g. new
    /// timeouts in the handler while the transport still sends the old token).
    /// </summary>
    /// <exception cref="ArgumentException">The options are unusable; the message names the setting.</exception>
    internal RyzeClientOptions Snapshot()
    {
        // Every setting is an immutable value (Uri, string, TimeSpan, int, bool), so a shallow copy is a full one.
        // The copy is what gets validated: a change made meanwhile on another thread cannot slip past validation.
        var copy = (RyzeClientOptions)MemberwiseClone();
        copy.Validate();
        return copy;
    }

    /// <summary>Throws when the options are unusable, naming the setting.</summary>
    internal void Validate()
    {
        if (Problems().FirstOrDefault() is { } problem)
        {
            throw new ArgumentException($"Invalid RyzeClientOptions: {problem}", "options");
        }
    }
}
