namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The answer of <c>POST /api/instance/new</c>.</summary>
public sealed record PeerCreateAnswer : PeerAnswer
{
    public PeerInstance? Instance { get; init; }
}
