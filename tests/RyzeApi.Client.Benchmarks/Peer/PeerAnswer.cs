namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The envelope every RyzeAPI answer starts with: <c>success</c>, a message, and on failure <c>error.message</c>.</summary>
public record PeerAnswer
{
    public bool Success { get; init; }

    public string? Message { get; init; }

    public PeerError? Error { get; init; }
}
