using System.Globalization;
using System.Text;

namespace RyzeApi.Client;

/// <summary>Where the instance stores received media: AWS S3 or any S3-compatible store (MinIO, Spaces, Backblaze).</summary>
public sealed record S3Config
{
    /// <summary>A block that turns S3 off and deletes the stored credentials (<c>enabled: false</c>).</summary>
    public static S3Config Disabled { get; } = new() { Enabled = false };

    /// <summary>Whether media goes to S3.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; init; } = true;

    /// <summary>The region, e.g. <c>us-east-1</c>; required when <see cref="Enabled"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public string? Region { get; init; }

    /// <summary>The bucket, which must already exist; required when <see cref="Enabled"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public string? Bucket { get; init; }

    /// <summary>The access key id; required when <see cref="Enabled"/>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public string? AccessKey { get; init; }

    /// <summary>The secret access key; required when <see cref="Enabled"/>. Stored encrypted, never returned, printed as <c>***</c>.</summary>
    /// <value>The default is <see langword="null"/>: not sent.</value>
    public string? SecretKey { get; init; }

    /// <summary>A custom endpoint for S3-compatible stores; <see langword="null"/> means AWS S3.</summary>
    /// <value>The default is <see langword="null"/>: AWS S3. Create leaves the field out; updating an enabled block sends <c>"endpoint": ""</c> (SPEC §2.12), which clears a custom endpoint set before.</value>
    public Uri? Endpoint { get; init; }

    /// <summary>A key prefix for stored objects, e.g. <c>media/sales/</c>.</summary>
    /// <value>The default is <see langword="null"/>: not sent (no prefix).</value>
    public string? PathPrefix { get; init; }

    internal void Validate(string paramName)
    {
        if (!Enabled)
        {
            return;
        }

        // SPEC is silent on which fields are required; S3 cannot work without these four.
        if (string.IsNullOrWhiteSpace(Region) || string.IsNullOrWhiteSpace(Bucket)
            || string.IsNullOrWhiteSpace(AccessKey) || string.IsNullOrWhiteSpace(SecretKey))
        {
            throw new ArgumentException("An enabled S3 block needs Region, Bucket, AccessKey and SecretKey.", paramName);
        }

        if (Endpoint is not null)
        {
            HttpUrl.Require(Endpoint, "S3 Endpoint", paramName);
        }
    }

    private bool PrintMembers(StringBuilder builder)
    {
        builder.Append(CultureInfo.InvariantCulture, $"Enabled = {Enabled}, Region = {Region}, Bucket = {Bucket}, AccessKey = {AccessKey}, SecretKey = {Redaction.Of(SecretKey)}, Endpoint = {Endpoint}, PathPrefix = {PathPrefix}");
        return true;
    }
}
