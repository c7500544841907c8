namespace RyzeApi.Client;

/// <summary>The rate-limit values RyzeAPI last sent for one token, per bucket; <see langword="null"/> until a call has answered.</summary>
public sealed record RateLimitSnapshot
{
    /// <summary>The global bucket (100 per minute by default): every call but create.</summary>
    public RateLimitInfo? Global { get; init; }

    /// <summary>The create bucket (20 per minute by default).</summary>
    public RateLimitInfo? Create { get; init; }
}
