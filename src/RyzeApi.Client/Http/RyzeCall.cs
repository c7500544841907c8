using Polly;

namespace RyzeApi.Client.Http;

/// <summary>
/// The facts of one call that the pipeline's strategies read, carried in the call's <see cref="ResilienceContext"/> (one
/// property, this object) rather than in ambient state: which operation (idempotency, bucket, connect), the request (its
/// token names the throttle window) and the monotonic instant by which every wait must be over. Reused, as the context is:
/// a boxed deadline would cost every call.
/// </summary>
internal sealed class RyzeCall
{
    private static readonly ResiliencePropertyKey<RyzeCall> Key = new("RyzeApi.Call");

    [ThreadStatic]
    private static RyzeCall? t_spare;

    private RyzeCall()
    {
    }

    public RyzeOperation Operation { get; private set; } = null!;

    public HttpRequestMessage Request { get; private set; } = null!;

    /// <summary>For a read sent again after its body was cut off: the retries the call had already used.</summary>
    public int RetriesBefore { get; private set; }

    /// <summary>The wait the retry predicate chose; the delay generator hands it to Polly.</summary>
    public TimeSpan NextDelay { get; set; }

    /// <summary>Set when the throttle answered a 429 itself: a refusal is never resent.</summary>
    public bool RefusedLocally { get; set; }

    // The TimeProvider timestamp by which every wait (rate limit, backoff) must have ended.
    private long _waitDeadline;

    /// <summary>
    /// Records the facts of one call in <paramref name="context"/>. Every wait must end within
    /// <see cref="RyzeClientOptions.TotalTimeout"/>; a connect's long poll comes on top, so a 429 waited out before it does
    /// not shorten the poll. Hand it back with <see cref="Return"/> once the pipeline has finished.
    /// </summary>
    public static RyzeCall Start(
        ResilienceContext context, RyzeOperation operation, HttpRequestMessage request, RyzeClientOptions options, TimeProvider time, int retriesBefore)
    {
        var call = t_spare ?? new RyzeCall();
        t_spare = null;
        call.Operation = operation;
        call.Request = request;
        call.RetriesBefore = retriesBefore;
        call.NextDelay = TimeSpan.Zero;
        call.RefusedLocally = false;
        call._waitDeadline = time.GetTimestamp() + (long)(options.TotalTimeout.TotalSeconds * time.TimestampFrequency);
        context.Properties.Set(Key, call);
        return call;
    }

    public static RyzeCall Of(ResilienceContext context) =>
        context.Properties.TryGetValue(Key, out var call) ? call : throw new InvalidOperationException("The SDK's resilience pipeline runs only inside the SDK's own handler.");

    /// <summary>Whether a wait of <paramref name="wait"/> starting now ends before the call's wait deadline.</summary>
    public bool Fits(TimeProvider time, TimeSpan wait) => time.GetTimestamp() + (long)(wait.TotalSeconds * time.TimestampFrequency) < _waitDeadline;

    public void Return()
    {
        Operation = null!;
        Request = null!;
        t_spare = this;
    }
}
