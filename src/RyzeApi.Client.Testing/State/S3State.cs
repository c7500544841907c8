namespace RyzeApi.Client.Testing.State;

/// <summary>The stored S3 configuration of an instance.</summary>
internal sealed record S3State(bool Enabled, string? Region, string? Bucket, string? AccessKey, string? SecretKey, string? Endpoint, string? PathPrefix)
{
    public static S3State Disabled { get; } = new(false, null, null, null, null, null, null);
}
