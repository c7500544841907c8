namespace RyzeApi.Client;

/// <summary>A block of an instance's configuration that a fleet spec manages.</summary>
public enum FleetBlock
{
    /// <summary>Not set.</summary>
    Unknown = 0,

    /// <summary>The behaviour settings.</summary>
    Settings,

    /// <summary>The instance's own proxy.</summary>
    Proxy,

    /// <summary>S3 media storage.</summary>
    S3,

    /// <summary>The Chatwoot inbox.</summary>
    Chatwoot,

    /// <summary>One webhook, by label.</summary>
    Webhook,

    /// <summary>The WebSocket event stream.</summary>
    WebSocket,
}
