namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The <c>error</c> object of a failed answer.</summary>
public sealed record PeerError(string? Message);
