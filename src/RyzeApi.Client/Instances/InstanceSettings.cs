namespace RyzeApi.Client;

/// <summary>The seven behaviour settings of an instance: what RyzeAPI returns, and what a create may set inline.</summary>
public sealed record InstanceSettings
{
    /// <summary>Whether incoming calls are rejected automatically.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool AutoRejectCalls { get; init; }

    /// <summary>The message sent to a rejected caller.</summary>
    /// <value>The default is empty.</value>
    public string CallRejectMessage { get; init; } = string.Empty;

    /// <summary>Whether group messages are ignored on ingestion.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool IgnoreGroupMessages { get; init; }

    /// <summary>Whether presence stays "available".</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool KeepOnlineStatus { get; init; }

    /// <summary>Whether received messages are marked as read.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool AutoReadMessages { get; init; }

    /// <summary>Whether history sync is off on pairing.</summary>
    /// <value>The default is <see langword="true"/>, as on the server.</value>
    public bool DisableHistorySync { get; init; } = true;

    /// <summary>Whether status messages (stories) are ignored.</summary>
    /// <value>The default is <see langword="false"/>.</value>
    public bool IgnoreStatus { get; init; }
}
