namespace RyzeApi.Client;

/// <summary>The instance's WebSocket event stream (<c>/ws/{instance}</c>).</summary>
public sealed record WebSocketConfig
{
    /// <summary>Whether the WebSocket is on. <value>The default is <see langword="true"/>.</value></summary>
    public bool Enabled { get; init; } = true;

    /// <summary>The events to deliver (see <see cref="RyzeEvents"/>); <see langword="null"/> or empty means all. <value>The default is all events.</value></summary>
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>Whether media is delivered inline as base64. <value>The default is <see langword="false"/>.</value></summary>
    public bool MediaBase64 { get; init; }
}
