namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance as create and list return it, every documented field.</summary>
public sealed record PeerInstance
{
    public string? Id { get; init; }

    public string? Name { get; init; }

    public string? Token { get; init; }

    public string? Status { get; init; }

    public string? NumberJid { get; init; }

    public PeerConnection? Connection { get; init; }

    public PeerProfile? Profile { get; init; }

    public PeerWebhook? Webhook { get; init; }

    public PeerWebSocket? Websocket { get; init; }

    public PeerChatwoot? Chatwoot { get; init; }

    public PeerProxy? Proxy { get; init; }

    public PeerSettings? Settings { get; init; }

    public PeerS3? S3 { get; init; }

    public DateTimeOffset? CreatedAt { get; init; }

    public DateTimeOffset? UpdatedAt { get; init; }
}
