namespace RyzeApi.Client;

/// <summary>The instance's WebSocket event stream (<c>/ws/{instance}</c>).</summary>
public sealed record WebSocketConfig
{
    /// <summary>Whether the WebSocket is on.</summary>
    /// <value>The default is <see langword="true"/>.</value>
    public bool Enabled { get; init; } = true;

    /// <summary>The events to deliver (see <see cref="RyzeEvents"/>); <see langword="null"/> or empty means all.</summary>
    /// <value>The default is all events.</value>
    public IReadOnlyList<string>? Events { get; init; }

    /// <summary>Whether media is delivered inline as base64.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool MediaBase64 { get; init; }
}
