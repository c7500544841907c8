namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance's WhatsApp connection, as list returns it.</summary>
public sealed record PeerConnection(string? State, string? NumberJid, string? PresenceStatus, string? DisplayStatus);
