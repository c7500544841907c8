namespace RyzeApi.Client;

/// <summary>
/// RyzeAPI answered 429 and the SDK did not wait it out, because the wait was longer than
/// <see cref="RyzeClientOptions.MaxRateLimitWait"/> or the total budget, or the retries were used up, or because it came
/// from WhatsApp's throttling rather than the API's limiter on a call that is not safe to resend. Also thrown without
/// sending when an earlier answer said the window is used up for longer than that
/// (<see cref="RyzeClientOptions.ThrottleWhenRateLimited"/>). The limiter's 429 (<c>Rate limit exceeded. Try again later.</c>)
/// was not processed and is safe to resend after <see cref="RetryAfter"/>; see <see cref="RyzeApiException.MayHaveBeenProcessed"/>.
/// </summary>
public sealed class RyzeRateLimitException : RyzeApiException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="details">The call and the response that failed.</param>
    /// <param name="retryAfter">How long to wait before the next call, when known.</param>
    /// <param name="innerException">Not used by the SDK; for symmetry with the family.</param>
    public RyzeRateLimitException(RyzeErrorDetails details, TimeSpan? retryAfter, Exception? innerException = null)
        : base(details, innerException)
    {
        RetryAfter = retryAfter;
    }

    /// <summary>How long to wait before calling again, from <c>Retry-After</c> or <c>X-RateLimit-Reset</c>; <see langword="null"/> when the response said neither.</summary>
    public TimeSpan? RetryAfter { get; }

    /// <summary>The <c>X-RateLimit-*</c> values of the 429 response.</summary>
    public RateLimitInfo? RateLimit => Details.RateLimit;
}
