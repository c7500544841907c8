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

    /// <summary>The webhooks by label, in the order they were first stored; a disabled one keeps its row (SPEC §3.4).</summary>
    public Dictionary<string, WebhookState> Webhooks { get; } = new(StringComparer.Ordinal);

    /// <summary>The <c>default</c> webhook, the one create and list know; a disabled one is not stored unless it was.</summary>
    public WebhookState Webhook
    {
        get => Webhooks.GetValueOrDefault(WebhookState.DefaultLabel, WebhookState.Disabled);
        set
        {
            if (value.Enabled || Webhooks.ContainsKey(WebhookState.DefaultLabel))
            {
                Webhooks[WebhookState.DefaultLabel] = value;
            }
        }
    }

    public WebsocketState Websocket { get; set; } = WebsocketState.Disabled;

    /// <summary>Whether a WebSocket configuration row exists: getWebsocket answers 404 until one does (SPEC §3.5).</summary>
    public bool WebsocketConfigured { get; set; }

    public ChatwootState Chatwoot { get; set; } = ChatwootState.Disabled;

    public SettingsState Settings { get; set; } = new();

    public FakeMetrics Metrics { get; set; } = new();

    public required DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
