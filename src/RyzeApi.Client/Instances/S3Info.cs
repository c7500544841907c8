using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>The instance's S3 media storage as RyzeAPI reports it. The secret key is never returned.</summary>
public sealed record S3Info
{
    /// <summary>Whether media goes to S3.</summary>
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool Enabled { get; init; }

    /// <summary>The region, when set.</summary>
    public string? Region { get; init; }

    /// <summary>The bucket, when set.</summary>
    public string? Bucket { get; init; }

    /// <summary>The access key id, when set.</summary>
    public string? AccessKey { get; init; }

    /// <summary>The custom endpoint; empty or <see langword="null"/> means AWS S3.</summary>
    public Uri? Endpoint { get; init; }

    /// <summary>The key prefix, when set.</summary>
    public string? PathPrefix { get; init; }
}
