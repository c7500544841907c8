namespace RyzeApi.Client.Testing.Pipeline;

/// <summary>The outcome of counting one request and the values of the <c>X-RateLimit-*</c> headers.</summary>
internal readonly record struct RateLimitDecision(bool Allowed, int Limit, int Remaining, long ResetUnixSeconds);
