namespace RyzeApi.Client.Testing.State;

/// <summary>The mutable state of one instance; only touched under <see cref="InstanceStore"/>'s lock.</summary>
internal sealed class InstanceRecord
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public required string Token { get; init; }

    public string State { get; set; } = InstanceStates.Disconnected;

    public DateTimeOffset? ConnectingSince { get; set; }

    public string? NumberJid { get; set; }

    public string? ProfileName { get; set; }

    public bool HasSavedSession { get; set; }

    public ProxyState Proxy { get; set; } = ProxyState.Disabled;

    public S3State S3 { get; set; } = S3State.Disabled;

    public WebhookState Webhook { get; set; } = WebhookState.Disabled;

    public WebsocketState Websocket { get; set; } = WebsocketState.Disabled;

    public ChatwootState Chatwoot { get; set; } = ChatwootState.Disabled;

    public SettingsState Settings { get; set; } = new();

    public FakeMetrics Metrics { get; set; } = new();

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
