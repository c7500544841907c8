namespace RyzeApi.Cli;

/// <summary>The S3 storage as ryze prints it (RyzeAPI never returns the secret key).</summary>
internal sealed record S3View(bool Enabled, string? Region, string? Bucket, string? AccessKey, Uri? Endpoint, string? PathPrefix)
{
    public static S3View? From(S3Info? s3) =>
        s3 is null ? null : new(s3.Enabled, s3.Region, s3.Bucket, s3.AccessKey, s3.Endpoint, s3.PathPrefix);
}
