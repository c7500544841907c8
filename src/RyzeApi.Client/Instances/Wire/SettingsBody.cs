namespace RyzeApi.Client.Instances.Wire;

/// <summary>
/// The body of <c>POST /api/instance/settings/:instance</c>: omitted fields keep their value. Not sealed: the flat create
/// body carries the very same seven fields.
/// </summary>
internal record SettingsBody
{
    public bool? AutoRejectCalls { get; init; }

    public string? CallRejectMessage { get; init; }

    public bool? IgnoreGroupMessages { get; init; }

    public bool? KeepOnlineStatus { get; init; }

    public bool? AutoReadMessages { get; init; }

    public bool? DisableHistorySync { get; init; }

    public bool? IgnoreStatus { get; init; }
}
