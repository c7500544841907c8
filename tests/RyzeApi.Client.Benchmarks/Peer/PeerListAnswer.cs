namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The answer of <c>GET /api/instance/list</c>.</summary>
public sealed record PeerListAnswer : PeerAnswer
{
    public List<PeerInstance>? Instances { get; init; }
}
