using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>The WhatsApp profile of a paired instance.</summary>
public sealed record ProfileInfo
{
    /// <summary>The WhatsApp display name.</summary>
    public string? Name { get; init; }

    /// <summary>The profile picture URL.</summary>
    public Uri? PictureUrl { get; init; }

    /// <summary>Whether this is a WhatsApp Business account.</summary>
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool IsBusiness { get; init; }

    /// <summary>The business name; empty when not a business.</summary>
    public string? BusinessName { get; init; }
}
