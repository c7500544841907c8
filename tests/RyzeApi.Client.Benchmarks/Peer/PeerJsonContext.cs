using System.Text.Json.Serialization;

namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>The partner's own source-generated System.Text.Json context, camelCase as the docs spell the fields.</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(PeerAnswer))]
[JsonSerializable(typeof(PeerCreateAnswer))]
[JsonSerializable(typeof(PeerListAnswer))]
[JsonSerializable(typeof(PeerSettingsAnswer))]
[JsonSerializable(typeof(PeerConnectAnswer))]
[JsonSerializable(typeof(PeerCreateBody))]
public sealed partial class PeerJsonContext : JsonSerializerContext;
