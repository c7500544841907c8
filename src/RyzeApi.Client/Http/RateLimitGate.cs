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

    /// <summary>How long a call on this key must still wait; zero when the window is open.</summary>
    public TimeSpan RemainingWait((string Bucket, string Token) key)
    {
        if (!_closedUntil.TryGetValue(key, out var until))
        {
            return TimeSpan.Zero;
        }

        var wait = until - time.GetUtcNow();
        if (wait > TimeSpan.Zero)
        {
            return wait;
        }

        _closedUntil.TryRemove(KeyValuePair.Create(key, until));
        return TimeSpan.Zero;
    }

    /// <summary>Closes the window for <paramref name="wait"/> from now; a later close already recorded wins.</summary>
    public void Close((string Bucket, string Token) key, TimeSpan wait)
    {
        var until = time.GetUtcNow() + wait;
        _closedUntil.AddOrUpdate(key, until, (_, existing) => existing > until ? existing : until);
    }
}
