namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>Fixed windows (one minute unless configured) per token and bucket; a window opens at the token's first request in it.</summary>
internal sealed class RateLimiter(TimeProvider time, TimeSpan length)
{
    private readonly Dictionary<string, (DateTimeOffset Reset, int Used)> _windows = new(StringComparer.Ordinal);
    private int _refused;

    /// <summary>How many requests were refused since the start or the last <see cref="Clear"/>.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Counts one request; the answer says whether it is allowed and what the headers carry.</summary>
    public RateLimitDecision Acquire(string bucket, string token, int limit)
    {
        var key = bucket + "\n" + token;
        var now = time.GetUtcNow();
        lock (_windows)
        {
            if (!_windows.TryGetValue(key, out var window) || now >= window.Reset)
            {
                window = (now + length, 0);
            }

            var allowed = window.Used < limit;
            if (allowed)
            {
                window.Used++;
            }
            else
            {
                _refused++;
            }

            _windows[key] = window;
            return new RateLimitDecision(allowed, limit, Math.Max(0, limit - window.Used), UnixSecondsRoundedUp(window.Reset));
        }
    }

    /// <summary>
    /// The header's whole second, rounded up: a window that opened mid-second resets after the floored second,
    /// so a client that waits until the announced time would still be refused.
    /// </summary>
    public static long UnixSecondsRoundedUp(DateTimeOffset time)
    {
        var seconds = time.ToUnixTimeSeconds();
        return DateTimeOffset.FromUnixTimeSeconds(seconds) < time ? seconds + 1 : seconds;
    }

    public void Clear()
    {
        lock (_windows)
        {
            _windows.Clear();
            _refused = 0;
        }
    }
}
