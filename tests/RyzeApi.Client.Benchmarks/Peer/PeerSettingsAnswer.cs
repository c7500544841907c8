namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The answer of <c>GET /api/instance/getSettings/{instance}</c>.</summary>
public sealed record PeerSettingsAnswer : PeerAnswer
{
    public PeerSettings? Settings { get; init; }
}
