namespace RyzeApi.Client;

/// <summary>A partial settings update: only the fields you set are sent, the others keep their value. At least one is required.</summary>
public sealed record InstanceSettingsPatch
{
    /// <inheritdoc cref="InstanceSettings.AutoRejectCalls"/>
    public bool? AutoRejectCalls { get; init; }

    /// <inheritdoc cref="InstanceSettings.CallRejectMessage"/>
    public string? CallRejectMessage { get; init; }

    /// <inheritdoc cref="InstanceSettings.IgnoreGroupMessages"/>
    public bool? IgnoreGroupMessages { get; init; }

    /// <summary>Whether presence stays "available"; applied at once when the instance is connected.</summary>
    public bool? KeepOnlineStatus { get; init; }

    /// <inheritdoc cref="InstanceSettings.AutoReadMessages"/>
    public bool? AutoReadMessages { get; init; }

    /// <inheritdoc cref="InstanceSettings.DisableHistorySync"/>
    public bool? DisableHistorySync { get; init; }

    /// <inheritdoc cref="InstanceSettings.IgnoreStatus"/>
    public bool? IgnoreStatus { get; init; }

    internal bool IsEmpty =>
        AutoRejectCalls is null && CallRejectMessage is null && IgnoreGroupMessages is null && KeepOnlineStatus is null
        && AutoReadMessages is null && DisableHistorySync is null && IgnoreStatus is null;
}
