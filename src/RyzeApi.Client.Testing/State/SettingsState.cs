namespace RyzeApi.Client.Testing.State;

/// <summary>The seven behaviour settings of an instance, with the documented defaults.</summary>
internal sealed record SettingsState
{
    public bool AutoRejectCalls { get; init; }

    public string CallRejectMessage { get; init; } = "";

    public bool IgnoreGroupMessages { get; init; }

    public bool KeepOnlineStatus { get; init; }

    public bool AutoReadMessages { get; init; }

    // Documented default: history sync is disabled unless asked for.
    public bool DisableHistorySync { get; init; } = true;

    public bool IgnoreStatus { get; init; }
}
