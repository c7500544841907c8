using System.Security.Cryptography;

namespace RyzeApi.Client.Testing;

/// <summary>Configures a <see cref="FakeRyzeServer"/>.</summary>
public sealed class FakeRyzeServerOptions
{
    /// <summary>Gets or sets the account token (TokenAccount) the fake accepts.</summary>
    /// <value>A random 32-character hexadecimal string generated per options instance.</value>
    public string AccountToken { get; set; } = Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>Gets or sets the TCP port to listen on at 127.0.0.1.</summary>
    /// <value>0, which lets the operating system pick a free port.</value>
    public int Port { get; set; }

    /// <summary>Gets or sets whether the per-token rate limits are enforced.</summary>
    /// <value><see langword="true"/>.</value>
    public bool RateLimitEnabled { get; set; } = true;

    /// <summary>Gets or sets the global per-token limit per window (<see cref="RateLimitWindow"/>, one minute as documented).</summary>
    /// <value>100, as documented.</value>
    public int RateLimitPerMinute { get; set; } = 100;

    /// <summary>Gets or sets the per-token limit of <c>POST /api/instance/new</c> per window (<see cref="RateLimitWindow"/>).</summary>
    /// <value>20, as documented.</value>
    public int CreateRateLimitPerMinute { get; set; } = 20;

    /// <summary>
    /// Gets or sets the length of the rate-limit windows, for a load test that needs many windows in little time
    /// (50 requests per 5 seconds, say); the limits above then count per window of this length.
    /// </summary>
    /// <value>One minute, as documented.</value>
    public TimeSpan RateLimitWindow { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>Gets or sets how many instances the account may hold before create answers 403.</summary>
    /// <value>100.</value>
    public int InstanceQuota { get; set; } = 100;

    /// <summary>Gets or sets how long after a connect call an instance pairs by itself.</summary>
    /// <value><see langword="null"/>: only <see cref="FakeRyzeServer.SimulatePairing"/> connects an instance.</value>
    public TimeSpan? AutoPairAfter { get; set; }

    /// <summary>Gets or sets the clock used for rate-limit windows, reset headers, the <c>Date</c> header, auto-pairing and timestamps.</summary>
    /// <value><see cref="TimeProvider.System"/>.</value>
    public TimeProvider TimeProvider { get; set; } = TimeProvider.System;

    /// <summary>Gets or sets the real-service quirks to reproduce.</summary>
    /// <value>All quirks off.</value>
    public FakeRyzeQuirks Quirks { get; set; } = new();

    /// <summary>Gets or sets random 429/503 faults for load tests.</summary>
    /// <value><see langword="null"/>: no random faults.</value>
    public FakeRandomFaults? RandomFaults { get; set; }

    /// <summary>
    /// Gets or sets whether webhooks are only called on loopback addresses, so a test never reaches out to a real host;
    /// a delivery to any other URL is recorded in <see cref="FakeRyzeServer.WebhookDeliveries"/> with no attempt.
    /// </summary>
    /// <value><see langword="true"/>.</value>
    public bool WebhooksToLoopbackOnly { get; set; } = true;

    /// <summary>Gets or sets how many times an event is POSTed to a webhook that does not answer 2xx.</summary>
    /// <value>3.</value>
    public int WebhookAttempts { get; set; } = 3;

    /// <summary>Gets or sets the wait before a webhook's second attempt; the n-th attempt waits n-1 times as long (on <see cref="TimeProvider"/>).</summary>
    /// <value>50 milliseconds.</value>
    public TimeSpan WebhookRetryDelay { get; set; } = TimeSpan.FromMilliseconds(50);

    /// <inheritdoc/>
    public override string ToString() => $"FakeRyzeServerOptions {{ AccountToken = ***, Port = {Port} }}";
}
