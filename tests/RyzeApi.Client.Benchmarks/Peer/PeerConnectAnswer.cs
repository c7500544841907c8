namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The answer of <c>GET /api/instance/connect/{instance}</c>: the QR to show.</summary>
public sealed record PeerConnectAnswer : PeerAnswer
{
    public string? QrCode { get; init; }

    public string? QrCodeBase64 { get; init; }

    public string? Status { get; init; }
}
