namespace RyzeApi.Client.Testing.State;

/// <summary>The stored WebSocket configuration of an instance.</summary>
internal sealed record WebsocketState(bool Enabled, IReadOnlyList<string> Events, bool MediaBase64)
{
    public static WebsocketState Disabled { get; } = new(false, [], false);
}
