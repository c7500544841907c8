namespace RyzeApi.Client;

/// <summary>The seven behaviour settings of an instance: what RyzeAPI returns, and what a create may set inline.</summary>
public sealed record InstanceSettings
{
    /// <summary>Whether incoming calls are rejected automatically. <value>The default is <see langword="false"/>.</value></summary>
    public bool AutoRejectCalls { get; init; }

    /// <summary>The message sent to a rejected caller. <value>The default is empty.</value></summary>
    public string CallRejectMessage { get; init; } = string.Empty;

    /// <summary>Whether group messages are ignored on ingestion. <value>The default is <see langword="false"/>.</value></summary>
    public bool IgnoreGroupMessages { get; init; }

    /// <summary>Whether presence stays "available". <value>The default is <see langword="false"/>.</value></summary>
    public bool KeepOnlineStatus { get; init; }

    /// <summary>Whether received messages are marked as read. <value>The default is <see langword="false"/>.</value></summary>
    public bool AutoReadMessages { get; init; }

    /// <summary>Whether history sync is off on pairing. <value>The default is <see langword="true"/>, as on the server.</value></summary>
    public bool DisableHistorySync { get; init; } = true;

    /// <summary>Whether status messages (stories) are ignored. <value>The default is <see langword="false"/>.</value></summary>
    public bool IgnoreStatus { get; init; }
}
