using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>An answer whose payload is the <c>s3</c> object.</summary>
internal sealed record S3Envelope : WireEnvelope
{
    public S3Info? S3 { get; init; }
}
