using System.Collections.Concurrent;
using System.Net;

namespace RyzeApi.Client.Http;

/// <summary>
/// Proactive throttling, per token and bucket: counts the requests sent against the <c>X-RateLimit-Remaining</c> the server
/// last reported, so that concurrent callers stop at the window's last permit instead of the ones already in flight running
/// into 429s, and then wait for the window's end (also after a 429). Shared by every call through one handler.
/// </summary>
internal sealed class RateLimitGate(TimeProvider time)
{
    // Keyed by bucket and token value; the token stays in memory only, it is never logged or printed.
    private readonly ConcurrentDictionary<(string Bucket, string Token), Window> _windows = new();

    /// <summary>
    /// Takes a permit for <paramref name="request"/> in <paramref name="bucket"/>: true with the request's place in the send
    /// order (<paramref name="ticket"/>, for <see cref="Record"/>), or false with how long to wait before asking again.
    /// </summary>
    public bool TryEnter(string bucket, HttpRequestMessage request, out long ticket, out TimeSpan wait)
    {
        var window = _windows.GetOrAdd((bucket, TokenOf(request)), static _ => new Window());
        var now = time.GetUtcNow();
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
        var (limit, remaining, reset) = RateLimitHeaders.ReadValues(response);
        var refused = response.StatusCode == HttpStatusCode.TooManyRequests;
        if (remaining is null && !refused)
        {
            return;
        }

        var window = _windows.GetOrAdd((bucket, TokenOf(request)), static _ => new Window());
        var now = time.GetUtcNow();
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
