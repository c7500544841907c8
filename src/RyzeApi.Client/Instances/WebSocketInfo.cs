using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

/// <summary>The instance's WebSocket configuration as RyzeAPI reports it.</summary>
public sealed record WebSocketInfo
{
    // Source-generated deserialization assigns every init-only property, an absent one with default(T): normalize here.
    private readonly IReadOnlyList<string> _events = [];

    /// <summary>Whether the WebSocket is on.</summary>
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool Enabled { get; init; }

    /// <summary>The delivered events; empty means all.</summary>
    public IReadOnlyList<string> Events { get => _events; init => _events = value ?? []; }

    /// <summary>Whether media is sent as base64.</summary>
    [JsonConverter(typeof(LenientBooleanConverter))]
    public bool MediaBase64 { get; init; }
}
