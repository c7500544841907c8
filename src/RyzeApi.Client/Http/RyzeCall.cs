using Polly;

namespace RyzeApi.Client.Http;

/// <summary>
/// The per-request facts the pipeline's strategies read, carried in the call's <see cref="ResilienceContext"/> rather than
/// in ambient state: which operation (idempotency, bucket, connect), the request (its token names the throttle window),
/// and the monotonic instant by which every wait must be over.
/// </summary>
internal static class RyzeCall
{
    public static readonly ResiliencePropertyKey<RyzeOperation> Operation = new("RyzeApi.Operation");

    public static readonly ResiliencePropertyKey<HttpRequestMessage> Request = new("RyzeApi.Request");

    /// <summary>The <see cref="TimeProvider.GetTimestamp"/> by which any wait (rate limit, backoff) must have ended.</summary>
    public static readonly ResiliencePropertyKey<long> WaitDeadline = new("RyzeApi.WaitDeadline");

    /// <summary>The wait the retry predicate chose; the delay generator hands it to Polly.</summary>
    internal static readonly ResiliencePropertyKey<TimeSpan> NextDelay = new("RyzeApi.NextDelay");

    /// <summary>Set once a read whose body was cut off has been sent again: it is read again once, not in a loop.</summary>
    internal static readonly ResiliencePropertyKey<bool> ReadAgain = new("RyzeApi.ReadAgain");

    /// <summary>Set when the throttle answered a 429 itself: a refusal is never resent.</summary>
    internal static readonly ResiliencePropertyKey<bool> RefusedLocally = new("RyzeApi.RefusedLocally");

    /// <summary>
    /// Records the facts of one call at its start. Every wait must end within <see cref="RyzeClientOptions.TotalTimeout"/>;
    /// a connect's long poll comes on top, so a 429 waited out before it does not shorten the poll.
    /// </summary>
    public static void Start(ResilienceContext context, RyzeOperation operation, HttpRequestMessage request, RyzeClientOptions options, TimeProvider time)
    {
        context.Properties.Set(Operation, operation);
        context.Properties.Set(Request, request);
        context.Properties.Set(WaitDeadline, time.GetTimestamp() + (long)(options.TotalTimeout.TotalSeconds * time.TimestampFrequency));
    }

    public static RyzeOperation OperationOf(ResilienceContext context) =>
        context.Properties.TryGetValue(Operation, out var operation) ? operation : throw OutsideHandler();

    public static HttpRequestMessage RequestOf(ResilienceContext context) =>
        context.Properties.TryGetValue(Request, out var request) ? request : throw OutsideHandler();

    /// <summary>Whether a wait of <paramref name="wait"/> starting now ends before the call's wait deadline.</summary>
    public static bool Fits(ResilienceContext context, TimeProvider time, TimeSpan wait) =>
        context.Properties.TryGetValue(WaitDeadline, out var deadline)
        && time.GetTimestamp() + (long)(wait.TotalSeconds * time.TimestampFrequency) < deadline;

    private static InvalidOperationException OutsideHandler() => new("The SDK's resilience pipeline runs only inside the SDK's own handler.");
}
