namespace RyzeApi.Client;

/// <summary>What RyzeAPI reports for one existing instance: the list item plus the reads its spec needs.</summary>
internal sealed record FleetCurrentState(
    Instance Listed,
    InstanceSettings? Settings,
    ProxyInfo? Proxy,
    S3Info? S3,
    IReadOnlyList<WebhookInfo>? Webhooks,
    WebSocketInfo? WebSocket);
