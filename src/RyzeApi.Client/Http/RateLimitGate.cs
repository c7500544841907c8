using System.Collections.Concurrent;

namespace RyzeApi.Client.Http;

/// <summary>
/// Proactive throttling: remembers, per token and bucket, until when the server said the window is used up
/// (<c>X-RateLimit-Remaining: 0</c>, or a 429), so later calls wait for the reset instead of firing into a 429.
/// Shared by every call through one handler; entries simply expire as time passes.
/// </summary>
internal sealed class RateLimitGate(TimeProvider time)
{
    // Keyed by bucket and token value; the token stays in memory only, it is never logged or printed.
    private readonly ConcurrentDictionary<(string Bucket, string Token), DateTimeOffset> _closedUntil = new();

    // How many windows are recorded. While none is (the usual case), a call reads this and nothing else: no token read,
    // no hashing. ConcurrentDictionary.IsEmpty would not do: on an empty dictionary it takes every lock.
    private int _closed;

    /// <summary>How long <paramref name="request"/> must still wait in <paramref name="bucket"/>; zero when the window is open.</summary>
    public TimeSpan RemainingWait(string bucket, HttpRequestMessage request)
    {
        if (Volatile.Read(ref _closed) == 0)
        {
            return TimeSpan.Zero;
        }

        var key = (bucket, TokenOf(request));
        if (!_closedUntil.TryGetValue(key, out var until))
        {
            return TimeSpan.Zero;
        }

        var wait = until - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            return wait;
        }

        if (_closedUntil.TryRemove(KeyValuePair.Create(key, until)))
        {
            Interlocked.Decrement(ref _closed);
        }

        return TimeSpan.Zero;
    }

    /// <summary>Closes the window of <paramref name="request"/>'s token for <paramref name="wait"/> from now; a later close already recorded wins.</summary>
    public void Close(string bucket, HttpRequestMessage request, TimeSpan wait)
    {
        var key = (bucket, TokenOf(request));
        var until = time.GetUtcNow() + wait;
        while (true)
        {
            if (_closedUntil.TryGetValue(key, out var existing))
            {
                if (existing >= until || _closedUntil.TryUpdate(key, until, existing))
                {
                    return;
                }
            }
            else if (_closedUntil.TryAdd(key, until))
            {
                Interlocked.Increment(ref _closed);
                return;
            }
        }
    }

    // NonValidated: the one value as sent, without an array per call.
    private static string TokenOf(HttpRequestMessage request) =>
        request.Headers.NonValidated.TryGetValues("token", out var values) ? values.ToString() : string.Empty;
}
