using System.Net;

namespace RyzeApi.Client.Benchmarks;

/// <summary>The hand-written client's one exception: the status and RyzeAPI's <c>error.message</c>.</summary>
public sealed class HandWrittenApiException(HttpStatusCode statusCode, string? errorMessage)
    : HttpRequestException(errorMessage ?? $"RyzeAPI answered {(int)statusCode}.", inner: null, statusCode)
{
    public string? ErrorMessage { get; } = errorMessage;
}
