using System.Net;

namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The partner's one exception for a failed RyzeAPI answer: the status and <c>error.message</c>.</summary>
public sealed class PeerApiException(HttpStatusCode statusCode, string? errorMessage, Exception? inner = null)
    : HttpRequestException(errorMessage ?? $"RyzeAPI answered {(int)statusCode}.", inner, statusCode);
