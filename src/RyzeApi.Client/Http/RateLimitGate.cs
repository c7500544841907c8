using System.Collections.Concurrent;
using System.Net;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>
/// What RyzeAPI last said about each token's rate limit, per bucket, fed from every answer by the throttle
/// (<see cref="RateLimitThrottleStrategy"/>): the last <c>X-RateLimit-*</c> values (read through
/// <see cref="RyzeClient.RateLimit"/> and the remaining-requests gauge), and proactive throttling: the requests sent are
/// counted against the <c>X-RateLimit-Remaining</c> last reported, so concurrent callers stop at the window's last permit
/// instead of the ones already in flight running into 429s, and then wait for the window's end (also after a 429).
/// Shared by every call through one handler.
/// </summary>
internal sealed partial class RateLimitGate
{
    // Keyed by bucket and token value; the token stays in memory only, it is never logged or printed.
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

    /// <summary>
    /// Takes a permit for <paramref name="request"/> in <paramref name="bucket"/>: true with the request's place in the send
    /// order (<paramref name="ticket"/>, for <see cref="Record"/>), or false with how long to wait before asking again.
    /// </summary>
    public bool TryEnter(string bucket, HttpRequestMessage request, out long ticket, out TimeSpan wait)
    {
        var window = _windows.GetOrAdd((bucket, TokenOf(request)), static _ => new Window());
        var now = _time.GetUtcNow();
        lock (window)
        {
            if (now >= window.EndsAt)
            {
                window.Left = int.MaxValue; // the window is over; nothing is known about the next one until it answers
            }

            if (window.Left <= 0)
            {
                (ticket, wait) = (0, window.EndsAt - now);
                return false;
            }

            window.Left -= window.Left == int.MaxValue ? 0 : 1;
            (ticket, wait) = (++window.Sent, TimeSpan.Zero);
            return true;
        }
    }

    /// <summary>
    /// Learns from the answer to the request sent at <paramref name="sentAt"/> with <paramref name="ticket"/>: the permits left
    /// and when the window ends.
    /// </summary>
    public void Record(string bucket, HttpRequestMessage request, long ticket, DateTimeOffset sentAt, HttpResponseMessage response)
    {
        var values = RateLimitHeaders.ReadValues(response);
        var (limit, remaining, reset) = values;
        var refused = response.StatusCode == HttpStatusCode.TooManyRequests;
        if (values is (null, null, null) && !refused)
        {
            return;
        }

        var window = _windows.GetOrAdd((bucket, TokenOf(request)), static _ => new Window());
        if (RateLimitHeaders.ToInfo(values) is { } info)
        {
            window.Last = info;
        }

        if (remaining is null && !refused)
        {
            return;
        }

        var now = _time.GetUtcNow();
        lock (window)
        {
            // Requests sent after this one may not have been counted in its Remaining yet: count them as spent.
            var left = refused ? 0 : (int)Math.Clamp(remaining!.Value - (window.Sent - ticket), int.MinValue, int.MaxValue);
            var key = reset ?? long.MaxValue;
            var opened = !refused && limit is { } max && remaining == max - 1;
            if (key == window.Reset && !refused)
            {
                // The window already known: only the permits can have changed, or its end if this is the request that opened it
                // (answers come back in any order); nothing, if it is already over.
                if (now < window.EndsAt)
                {
                    window.Left = Math.Min(window.Left, left);
                    window.EndsAt = opened && window.Estimates ? Earliest(window, EndOfOpenedWindow(sentAt, now, window.ResetAt)) : window.EndsAt;
                }

                return;
            }

            if (key < window.Reset && !refused)
            {
                return; // a late answer from a window already over
            }

            if (RateLimitHeaders.ReadRetryAfter(response, now) is not { } untilReset)
            {
                return;
            }

            // Sent early on an estimated end: this server's windows do not start at their first request; stop estimating.
            window.Estimates &= !(refused && window.EstimatedEnd && key == window.Reset);
            var endsAt = now + untilReset;
            var estimated = opened && window.Estimates ? EndOfOpenedWindow(sentAt, now, endsAt) : endsAt;

            // A 429 ends no earlier than a window already recorded: a later close wins.
            window.EndsAt = refused && key == window.Reset && window.EndsAt > endsAt ? window.EndsAt : estimated;
            window.ResetAt = endsAt;
            window.EstimatedEnd = estimated < endsAt;
            window.Reset = key;
            window.Left = left;
        }
    }

    private static DateTimeOffset Earliest(Window window, DateTimeOffset estimated)
    {
        window.EstimatedEnd |= estimated < window.EndsAt;
        return estimated < window.EndsAt ? estimated : window.EndsAt;
    }

    /// <summary>
    /// The end of a window this request opened. <c>X-RateLimit-Reset</c> counts whole seconds, rounded up from the window's
    /// true end, which costs up to a second per window of waiting. RyzeAPI's windows last whole seconds (a minute) from their
    /// first request, which reached the server between <paramref name="sentAt"/> and <paramref name="answeredAt"/>: so when
    /// both give the same whole number of seconds to the reset, the window ends at the latest that many seconds after the answer.
    /// </summary>
    private static DateTimeOffset EndOfOpenedWindow(DateTimeOffset sentAt, DateTimeOffset answeredAt, DateTimeOffset reset)
    {
        var seconds = Math.Floor((reset - sentAt).TotalSeconds);
        return seconds >= 1 && seconds == Math.Floor((reset - answeredAt).TotalSeconds) ? answeredAt + TimeSpan.FromSeconds(seconds) : reset;
    }

    // NonValidated: the one value as sent, without an array per call.
    private static string TokenOf(HttpRequestMessage request) =>
        request.Headers.NonValidated.TryGetValues("token", out var values) ? values.ToString() : string.Empty;

    /// <summary>What is known of one token's window in one bucket; guarded by locking on itself.</summary>
    private sealed class Window
    {
        /// <summary>The <c>X-RateLimit-*</c> values of the last answer that sent any.</summary>
        public volatile RateLimitInfo? Last;

        /// <summary>Requests sent so far: each one's ticket.</summary>
        public long Sent;

        /// <summary>The window's <c>X-RateLimit-Reset</c> as sent, which tells one window's answers from the next one's.</summary>
        public long Reset = long.MinValue;

        /// <summary>When the window ends on this machine's clock; before the first answer, long ago.</summary>
        public DateTimeOffset EndsAt = DateTimeOffset.MinValue;

        /// <summary>When the window ends by its <c>X-RateLimit-Reset</c> header, on this machine's clock.</summary>
        public DateTimeOffset ResetAt;

        /// <summary>Permits left in it; <see cref="int.MaxValue"/> while unknown.</summary>
        public int Left = int.MaxValue;

        /// <summary>Whether <see cref="EndsAt"/> is estimated from the request that opened the window (earlier than its reset header).</summary>
        public bool EstimatedEnd;

        /// <summary>Whether ends are still estimated: false once an estimate proved early (a 429).</summary>
        public bool Estimates = true;
    }
}
