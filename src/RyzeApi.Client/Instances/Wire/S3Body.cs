namespace RyzeApi.Client.Instances.Wire;

/// <summary>The body of <c>POST /api/instance/s3/:instance</c>; <c>{"enabled": false}</c> clears everything.</summary>
internal sealed record S3Body
{
    public required bool Enabled { get; init; }

    public string? Region { get; init; }

    public string? Bucket { get; init; }

    public string? AccessKey { get; init; }

    public string? SecretKey { get; init; }

    public string? Endpoint { get; init; }

    public string? PathPrefix { get; init; }

    /// <summary>Only the type name: this record holds secrets, and a generated <c>ToString()</c> would print them.</summary>
    public override string ToString() => nameof(S3Body);
}
