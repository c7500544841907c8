using System.Text.Json.Serialization;

namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The flat body of <c>POST /api/instance/new</c>, the fields the benchmark's create sets, as the docs spell them.</summary>
public sealed record PeerCreateBody
{
    public required string Name { get; init; }

    public bool? ProxyEnabled { get; init; }

    public string? ProxyHost { get; init; }

    public string? ProxyPort { get; init; }

    public string? ProxyProtocol { get; init; }

    public string? ProxyUsername { get; init; }

    public string? ProxyPassword { get; init; }

    public bool? WebhookEnabled { get; init; }

    [JsonPropertyName("webhookURL")]
    public string? WebhookUrl { get; init; }

    public string? WebhookAuthorization { get; init; }

    public List<string>? WebhookEvents { get; init; }

    public bool? WebsocketEnabled { get; init; }

    public List<string>? WebsocketEvents { get; init; }

    public bool? ChatwootEnabled { get; init; }

    public string? ChatwootBaseUrl { get; init; }

    public long? ChatwootAccountId { get; init; }

    public string? ChatwootApiToken { get; init; }

    public string? ChatwootInboxName { get; init; }

    public bool? S3Enabled { get; init; }

    public string? S3Region { get; init; }

    public string? S3Bucket { get; init; }

    public string? S3AccessKey { get; init; }

    public string? S3SecretKey { get; init; }

    public string? S3Endpoint { get; init; }

    public string? S3PathPrefix { get; init; }

    public bool? AutoRejectCalls { get; init; }

    public string? CallRejectMessage { get; init; }

    public bool? KeepOnlineStatus { get; init; }

    public bool? IgnoreStatus { get; init; }
}
