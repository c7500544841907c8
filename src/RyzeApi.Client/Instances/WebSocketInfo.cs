namespace RyzeApi.Client;

/// <summary>The instance's WebSocket configuration as RyzeAPI reports it.</summary>
public sealed record WebSocketInfo
{
    /// <summary>Whether the WebSocket is on.</summary>
    public bool Enabled { get; init; }

    /// <summary>The delivered events; empty means all.</summary>
    public IReadOnlyList<string> Events { get; init; } = [];

    /// <summary>Whether media is sent as base64.</summary>
    public bool MediaBase64 { get; init; }
}
