namespace RyzeApi.Client;

/// <summary>The requests a fleet change sends, built from the spec's blocks.</summary>
internal static class FleetRequests
{
    /// <summary>A create carrying every block inline; only the <c>default</c> webhook can travel with it.</summary>
    public static CreateInstanceRequest Create(string name, FleetInstanceSpec spec) => new()
    {
        Name = name,
        Settings = spec.Settings is { } patch ? Settings(patch) : null,
        Proxy = spec.Proxy,
        S3 = spec.S3,
        Chatwoot = spec.Chatwoot,
        Webhook = spec.Webhooks?.GetValueOrDefault(WebhookConfig.DefaultLabel) is { } webhook ? webhook with { Label = WebhookConfig.DefaultLabel } : null,
        WebSocket = spec.WebSocket,
    };

    /// <summary>The full settings a create sends: the spec's, and the server's defaults for the ones it leaves out.</summary>
    private static InstanceSettings Settings(InstanceSettingsPatch patch)
    {
        var defaults = new InstanceSettings();
        return new InstanceSettings
        {
            AutoRejectCalls = patch.AutoRejectCalls ?? defaults.AutoRejectCalls,
            CallRejectMessage = patch.CallRejectMessage ?? defaults.CallRejectMessage,
            IgnoreGroupMessages = patch.IgnoreGroupMessages ?? defaults.IgnoreGroupMessages,
            KeepOnlineStatus = patch.KeepOnlineStatus ?? defaults.KeepOnlineStatus,
            AutoReadMessages = patch.AutoReadMessages ?? defaults.AutoReadMessages,
            DisableHistorySync = patch.DisableHistorySync ?? defaults.DisableHistorySync,
            IgnoreStatus = patch.IgnoreStatus ?? defaults.IgnoreStatus,
        };
    }
}
