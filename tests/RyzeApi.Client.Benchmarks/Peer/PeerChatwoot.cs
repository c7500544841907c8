namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance's Chatwoot block.</summary>
public sealed record PeerChatwoot(bool Enabled, string? Status, string? BridgeIntegrationId, string? BaseUrl, long? AccountId, string? InboxName);
