using System.Collections.Concurrent;
using System.Net;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>
/// What RyzeAPI last said about each token's rate limit, per bucket, fed from every answer by the throttle
/// (<see cref="RateLimitThrottleStrategy"/>). It holds the last <c>X-RateLimit-*</c> values (read through
/// <see cref="RyzeClient.RateLimit"/> and the remaining-requests gauge) and, after <c>X-RateLimit-Remaining: 0</c> or a 429,
/// until when the window is used up, so later calls wait for the reset instead of firing into a 429. Shared by every call
/// through one handler; tokens are keys in memory only, never logged or printed.
/// </summary>
internal sealed partial class RateLimitGate
{
    private readonly ConcurrentDictionary<(string Bucket, string Token), Window> _windows = new();

    // The instance each instance token belongs to, for the gauge's tag; the account token has none.
    private readonly ConcurrentDictionary<string, string> _instances = new();

    private readonly TimeProvider _time;

    /// <summary>A gate whose values <paramref name="metrics"/> (the shared meter when <see langword="null"/>) exports in its gauge.</summary>
    public RateLimitGate(TimeProvider time, RyzeMetrics? metrics = null)
    {
        _time = time;
        (metrics ?? RyzeMetrics.Shared).Track(this);
    }

    /// <summary>Keeps <paramref name="response"/>'s values; a used-up window, or a 429, closes it until the server's reset.</summary>
    public void Record(string bucket, HttpRequestMessage request, HttpResponseMessage response)
    {
        var window = _windows.GetOrAdd((bucket, TokenOf(request)), static _ => new Window());
        var info = RateLimitHeaders.Read(response);
        if (info is not null)
        {
            window.Last = info;
        }

        if ((response.StatusCode == HttpStatusCode.TooManyRequests || info?.Remaining == 0)
            && RateLimitHeaders.ReadRetryAfter(response, _time.GetUtcNow()) is { } closeFor)
        {
            window.Close(_time.GetUtcNow() + closeFor);
        }
    }

    /// <summary>How long <paramref name="request"/> must still wait in <paramref name="bucket"/>; zero when the window is open.</summary>
    public TimeSpan RemainingWait(string bucket, HttpRequestMessage request) =>
        _windows.TryGetValue((bucket, TokenOf(request)), out var window) && window.ClosedUntil - _time.GetUtcNow() is var wait && wait > TimeSpan.Zero
            ? wait
            : TimeSpan.Zero;

    /// <summary>The values RyzeAPI last sent for <paramref name="token"/> in <paramref name="bucket"/>.</summary>
    public RateLimitInfo? Last(string token, string bucket) => _windows.TryGetValue((bucket, token), out var window) ? window.Last : null;

    /// <summary>Names the instance <paramref name="token"/> belongs to (the gauge's tag); the account token is never named.</summary>
    public void Name(string token, string instance)
    {
        if (!_instances.TryGetValue(token, out var known) || known != instance)
        {
            _instances[token] = instance;
        }
    }

    // NonValidated: the one value as sent.
    private static string TokenOf(HttpRequestMessage request) =>
        request.Headers.NonValidated.TryGetValues("token", out var values) ? values.ToString() : string.Empty;

    private sealed class Window
    {
        private long _closedUntilTicks;

        public RateLimitInfo? Last { get; set; }

        public DateTimeOffset ClosedUntil => new(Interlocked.Read(ref _closedUntilTicks), TimeSpan.Zero);

        /// <summary>A later close already recorded wins.</summary>
        public void Close(DateTimeOffset until)
        {
            long seen;
            while (until.UtcTicks > (seen = Interlocked.Read(ref _closedUntilTicks))
                && Interlocked.CompareExchange(ref _closedUntilTicks, until.UtcTicks, seen) != seen)
            {
            }
        }
    }
}
