namespace RyzeApi.Client;

/// <summary>The desired blocks of one instance; a block left <see langword="null"/> is not managed (whatever is there stays).</summary>
public sealed record FleetInstanceSpec
{
    /// <summary>The settings to hold; settings the patch leaves unset are not managed.</summary>
    /// <value>The default is <see langword="null"/>: settings are not managed.</value>
    public InstanceSettingsPatch? Settings { get; init; }

    /// <summary>The instance's own proxy.</summary>
    /// <value>The default is <see langword="null"/>: the proxy is not managed.</value>
    public ProxyConfig? Proxy { get; init; }

    /// <summary>S3 media storage.</summary>
    /// <value>The default is <see langword="null"/>: S3 is not managed.</value>
    public S3Config? S3 { get; init; }

    /// <summary>The Chatwoot inbox.</summary>
    /// <value>The default is <see langword="null"/>: Chatwoot is not managed.</value>
    public ChatwootConfig? Chatwoot { get; init; }

    /// <summary>Webhooks by label, the key (each <see cref="WebhookConfig.Label"/> is taken from it; <c>default</c> is the one a create sets inline); labels not listed are not managed.</summary>
    /// <value>The default is <see langword="null"/>: webhooks are not managed.</value>
    public IReadOnlyDictionary<string, WebhookConfig>? Webhooks { get; init; }

    /// <summary>The WebSocket event stream.</summary>
    /// <value>The default is <see langword="null"/>: the WebSocket is not managed.</value>
    public WebSocketConfig? WebSocket { get; init; }
}
