namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance's WebSocket block.</summary>
public sealed record PeerWebSocket(bool Enabled, List<string>? Events, bool? MediaBase64);
