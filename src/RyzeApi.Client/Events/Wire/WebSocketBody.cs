namespace RyzeApi.Client.Events.Wire;

/// <summary>The body of <c>POST /api/events/websocket/:instance</c> (SPEC §3.5); disabling sends only <c>enabled: false</c>.</summary>
internal sealed record WebSocketBody
{
    public required bool Enabled { get; init; }

    public IReadOnlyList<string>? Events { get; init; }

    public bool? MediaBase64 { get; init; }
}
