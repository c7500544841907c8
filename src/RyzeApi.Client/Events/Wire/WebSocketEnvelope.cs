using System.Text.Json.Serialization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Events.Wire;

/// <summary>The answer of the WebSocket configuration endpoints: the <c>websocket</c> object (SPEC §3.5).</summary>
internal sealed record WebSocketEnvelope : WireEnvelope
{
    [JsonPropertyName("websocket")]
    public WebSocketInfo? WebSocket { get; init; }
}
