using System.Globalization;
using System.Net.Http.Headers;

namespace RyzeApi.Client.Http;

/// <summary>Reads <c>Retry-After</c> and the <c>X-RateLimit-*</c> headers; malformed values are ignored, never thrown.</summary>
internal static class RateLimitHeaders
{
    // RyzeAPI's windows are one minute long (SPEC §1.3); a longer wait comes from a broken header or clock, and capping it
    // keeps "now + wait" representable wherever it is added (the gate, the deadline check, the Retry-After sent back).
    private static readonly TimeSpan MaxServerWait = TimeSpan.FromDays(1);

    public static RateLimitInfo? Read(HttpResponseMessage response) => ToInfo(ReadValues(response));

    /// <summary>The three <c>X-RateLimit-*</c> values as sent (each <see langword="null"/> when missing or malformed); allocates nothing.</summary>
    public static (long? Limit, long? Remaining, long? Reset) ReadValues(HttpResponseMessage response)
    {
        var headers = response.Headers;
        return (ReadLong(headers, "X-RateLimit-Limit"), ReadLong(headers, "X-RateLimit-Remaining"), ReadLong(headers, "X-RateLimit-Reset"));
    }

    /// <summary>Whether <paramref name="info"/> already holds <paramref name="values"/>, so recording them again can be skipped.</summary>
    public static bool Holds(RateLimitInfo info, (long? Limit, long? Remaining, long? Reset) values) =>
        info.Limit == ToInt(values.Limit) && info.Remaining == ToInt(values.Remaining) && info.ResetsAt == ToResetsAt(values.Reset);

    public static RateLimitInfo? ToInfo((long? Limit, long? Remaining, long? Reset) values) =>
        values is (null, null, null)
            ? null
            : new RateLimitInfo { Limit = ToInt(values.Limit), Remaining = ToInt(values.Remaining), ResetsAt = ToResetsAt(values.Reset) };

    private static DateTimeOffset? ToResetsAt(long? reset) =>
        reset is >= 0 and <= 253402300799 ? DateTimeOffset.FromUnixTimeSeconds(reset.Value) : null;

    /// <summary>
    /// How long the server asks us to wait: <c>Retry-After</c> (seconds or HTTP date), else <c>X-RateLimit-Reset</c>
    /// measured against the server's own <c>Date</c> header when present (so a skewed local clock does not matter);
    /// never negative and never more than a day.
    /// </summary>
    public static TimeSpan? ReadRetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        var headers = response.Headers;
        var serverNow = headers.Date ?? now;
        if (headers.RetryAfter is { } retryAfter)
        {
            if (retryAfter.Delta is { } delta)
            {
                return Bounded(delta);
            }

            if (retryAfter.Date is { } date)
            {
                return Bounded(date - serverNow);
            }
        }

        return Read(response)?.ResetsAt is { } resetsAt ? Bounded(resetsAt - serverNow) : null;
    }

    private static TimeSpan Bounded(TimeSpan wait) =>
        wait < TimeSpan.Zero ? TimeSpan.Zero : wait > MaxServerWait ? MaxServerWait : wait;

    private static int? ToInt(long? value) => value is >= int.MinValue and <= int.MaxValue ? (int)value.Value : null;

    /// <summary><c>X-RateLimit-Remaining: 0</c>: the window is used up. Read on every response, so it allocates nothing.</summary>
    public static bool IsExhausted(HttpResponseMessage response) => ReadLong(response.Headers, "X-RateLimit-Remaining") == 0;

    // NonValidated: no parsing into header objects and, for one value, no allocation.
    private static long? ReadLong(HttpResponseHeaders headers, string name) =>
        headers.NonValidated.TryGetValues(name, out var values)
        && long.TryParse(values.ToString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
}
