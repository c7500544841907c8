namespace RyzeApi.Client;

/// <summary>
/// The documented error texts the SDK acts on, matched here and only here, so callers get a type or a flag instead of
/// having to compare strings (SPEC §1.3, §1.5, §2.5).
/// </summary>
internal static class RyzeErrorMessages
{
    /// <summary>The API limiter's 429: the call was not processed.</summary>
    public const string RateLimitExceeded = "Rate limit exceeded. Try again later.";

    public const string InstanceNotConnected = "Instance is not connected to WhatsApp";

    /// <summary>Reconnect's 400 comes in two spellings (an em dash or a comma after it); the prefix is common to both.</summary>
    public const string NoSavedSessionPrefix = "Instance has no saved session";

    /// <summary>A 401 for a token the server does not accept (rather than a missing one): a looked-up instance token may be stale.</summary>
    public static bool IsInvalidToken(string? message) =>
        string.Equals(message, "Invalid instance token", StringComparison.Ordinal) || string.Equals(message, "Invalid token", StringComparison.Ordinal);

    public static bool IsInstanceNotConnected(string? message) => string.Equals(message, InstanceNotConnected, StringComparison.Ordinal);

    public static bool IsNoSavedSession(string? message) => message?.StartsWith(NoSavedSessionPrefix, StringComparison.Ordinal) == true;

    /// <summary>The 503 of a module whose bridge (RyzeIntegrations) is off, e.g. <c>integration gateway not configured (...)</c>.</summary>
    public static bool IsBridgeNotConfigured(string? message) =>
        message is not null
        && message.Contains("not configured", StringComparison.OrdinalIgnoreCase)
        && (message.Contains("bridge", StringComparison.OrdinalIgnoreCase) || message.Contains("integration gateway", StringComparison.OrdinalIgnoreCase));

    /// <summary>A 503 that is the server's answer rather than an outage: sending it again gets the same answer.</summary>
    public static bool IsRefusal(string? message) => IsInstanceNotConnected(message) || IsBridgeNotConfigured(message);

    /// <summary>A 429 from the API's limiter (its message, or a window said to be used up), not from WhatsApp's throttling.</summary>
    public static bool IsLimiter(string? message, RateLimitInfo? rateLimit) =>
        string.Equals(message, RateLimitExceeded, StringComparison.Ordinal) || rateLimit?.Remaining == 0;
}
