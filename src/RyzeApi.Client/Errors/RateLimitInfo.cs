namespace RyzeApi.Client;

/// <summary>The <c>X-RateLimit-*</c> headers RyzeAPI sends on every response.</summary>
public sealed record RateLimitInfo
{
    /// <summary>Requests allowed in the current window (<c>X-RateLimit-Limit</c>).</summary>
    public int? Limit { get; init; }

    /// <summary>Requests left in the current window (<c>X-RateLimit-Remaining</c>).</summary>
    public int? Remaining { get; init; }

    /// <summary>When the window resets (<c>X-RateLimit-Reset</c>, Unix seconds on the wire).</summary>
    public DateTimeOffset? ResetsAt { get; init; }
}
