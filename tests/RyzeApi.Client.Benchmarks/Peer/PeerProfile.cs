namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance's WhatsApp profile, as list returns it.</summary>
public sealed record PeerProfile(string? Name, string? PictureUrl, bool? IsBusiness, string? BusinessName);
