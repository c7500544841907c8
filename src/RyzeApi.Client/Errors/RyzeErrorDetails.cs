using System.Net;

namespace RyzeApi.Client;

/// <summary>What the SDK captured about a failed call. Never holds a token or any other request header.</summary>
public sealed record RyzeErrorDetails
{
    /// <summary>The HTTP method, e.g. <c>POST</c>.</summary>
    public required string Method { get; init; }

    /// <summary>The request path, without the query string.</summary>
    public required string Path { get; init; }

    /// <summary>The HTTP status; <see langword="null"/> when no response arrived.</summary>
    public HttpStatusCode? StatusCode { get; init; }

    /// <summary>RyzeAPI's <c>error.message</c>, when present.</summary>
    public string? ErrorMessage { get; init; }

    /// <summary>The SDK's own explanation when RyzeAPI gave none (unreadable body, timeout, dropped connection).</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The start of the response body (at most 512 characters), for diagnosis; the values of secret fields (tokens,
    /// passwords, secret keys, QR and pairing codes) are masked as <c>***</c>.
    /// </summary>
    public string? BodySnippet { get; init; }

    /// <summary>The rate-limit headers of the response, when it had them.</summary>
    public RateLimitInfo? RateLimit { get; init; }

    /// <summary>A 2xx whose body was read and said <c>success: false</c>: an answer, so nothing was done.</summary>
    internal bool ReadAsFailure { get; init; }

    /// <summary>A call that changes nothing unless it is answered (connect only hands out codes): no answer, no effect.</summary>
    internal bool NoEffectUnanswered { get; init; }
}
