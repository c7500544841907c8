namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance's proxy block.</summary>
public sealed record PeerProxy(bool Enabled, string? Host, int? Port, string? Protocol, string? Username);
