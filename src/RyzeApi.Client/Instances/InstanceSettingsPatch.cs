namespace RyzeApi.Client;

/// <summary>A partial settings update: only the fields you set are sent, the others keep their value. At least one is required.</summary>
public sealed record InstanceSettingsPatch
{
    /// <summary>Whether incoming calls are rejected automatically.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the current value is kept.</value>
    public bool? AutoRejectCalls { get; init; }

    /// <summary>The message sent to a rejected caller.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the current value is kept.</value>
    public string? CallRejectMessage { get; init; }

    /// <summary>Whether group messages are ignored on ingestion.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the current value is kept.</value>
    public bool? IgnoreGroupMessages { get; init; }

    /// <summary>Whether presence stays "available"; applied at once when the instance is connected.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the current value is kept.</value>
    public bool? KeepOnlineStatus { get; init; }

    /// <summary>Whether received messages are marked as read.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the current value is kept.</value>
    public bool? AutoReadMessages { get; init; }

    /// <summary>Whether history sync is off on pairing.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the current value is kept.</value>
    public bool? DisableHistorySync { get; init; }

    /// <summary>Whether status messages (stories) are ignored.</summary>
    /// <value>The default is <see langword="null"/>: not sent, the current value is kept.</value>
    public bool? IgnoreStatus { get; init; }

    internal bool IsEmpty =>
        AutoRejectCalls is null && CallRejectMessage is null && IgnoreGroupMessages is null && KeepOnlineStatus is null
        && AutoReadMessages is null && DisableHistorySync is null && IgnoreStatus is null;
}
