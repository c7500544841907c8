namespace RyzeApi.Cli;

/// <summary>The instance's WebSocket settings as ryze prints them.</summary>
internal sealed record WebSocketView(bool Enabled, IReadOnlyList<string> Events, bool MediaBase64)
{
    public static WebSocketView? From(WebSocketInfo? webSocket) =>
        webSocket is null ? null : new(webSocket.Enabled, webSocket.Events, webSocket.MediaBase64);
}
