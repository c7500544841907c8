namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>An instance's S3 block (the secret key is never returned).</summary>
public sealed record PeerS3(bool Enabled, string? Region, string? Bucket, string? AccessKey, string? Endpoint, string? PathPrefix);
