namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance's webhook block.</summary>
public sealed record PeerWebhook(bool Enabled, string? Url, List<string>? Events);
