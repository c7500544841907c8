namespace RyzeApi.Client;

/// <summary>
/// The field-level difference between a desired block and what RyzeAPI reports; a <see langword="null"/> current
/// value means the block is new (a create), so every field the spec sets shows up.
/// </summary>
internal static partial class FleetDiff
{
    public static FleetBlockChange? Settings(InstanceSettingsPatch desired, InstanceSettings? current, List<string> notCompared)
    {
        var diff = new FieldDiff();
        var changed = new InstanceSettingsPatch
        {
            AutoRejectCalls = Differs(diff, "autoRejectCalls", current?.AutoRejectCalls, desired.AutoRejectCalls),
            CallRejectMessage = desired.CallRejectMessage is { } message && !string.Equals(message, current?.CallRejectMessage, StringComparison.Ordinal) ? message : null,
            IgnoreGroupMessages = Differs(diff, "ignoreGroupMessages", current?.IgnoreGroupMessages, desired.IgnoreGroupMessages),
            KeepOnlineStatus = Differs(diff, "keepOnlineStatus", current?.KeepOnlineStatus, desired.KeepOnlineStatus),
            AutoReadMessages = Differs(diff, "autoReadMessages", current?.AutoReadMessages, desired.AutoReadMessages),
            DisableHistorySync = Differs(diff, "disableHistorySync", current?.DisableHistorySync, desired.DisableHistorySync),
            IgnoreStatus = Differs(diff, "ignoreStatus", current?.IgnoreStatus, desired.IgnoreStatus),
        };
        if (changed.CallRejectMessage is not null)
        {
            diff.Compare("callRejectMessage", current?.CallRejectMessage, changed.CallRejectMessage);
        }

        // Sends only what differs: one request, and settings the spec does not list are never touched.
        return diff.Finish(FleetBlock.Settings, null, changed, write: false, notCompared);
    }

    public static FleetBlockChange? Proxy(ProxyConfig desired, ProxyInfo? current, bool rotate, List<string> notCompared)
    {
        var diff = new FieldDiff();
        diff.Compare("enabled", current?.Enabled, desired.Enabled);
        if (desired.Enabled)
        {
            diff.Compare("protocol", current is { Enabled: true } ? Protocol(current.Protocol) : null, Protocol(desired.Protocol));
            diff.Compare("host", current?.Host, desired.Host);
            diff.Compare("port", current?.Port, desired.Port);
            diff.Compare("username", current?.Username, desired.Username);
            diff.Unreturned("password", Redaction.Of(desired.Password));
        }

        return diff.Finish(FleetBlock.Proxy, null, desired, rotate, notCompared);
    }

    public static FleetBlockChange? S3(S3Config desired, S3Info? current, bool rotate, List<string> notCompared)
    {
        var diff = new FieldDiff();
        diff.Compare("enabled", current?.Enabled, desired.Enabled);
        if (desired.Enabled)
        {
            diff.Compare("region", current?.Region, desired.Region);
            diff.Compare("bucket", current?.Bucket, desired.Bucket);
            diff.Compare("accessKey", current?.AccessKey, desired.AccessKey);
            diff.Compare("endpoint", current?.Endpoint?.OriginalString.TrimEnd('/'), desired.Endpoint?.OriginalString.TrimEnd('/'));
            diff.Compare("pathPrefix", current?.PathPrefix, desired.PathPrefix);
            diff.Unreturned("secretKey", Redaction.Of(desired.SecretKey));
        }

        return diff.Finish(FleetBlock.S3, null, desired, rotate, notCompared);
    }

    private static bool? Differs(FieldDiff diff, string field, bool? current, bool? desired)
    {
        if (desired is null || current == desired)
        {
            return null;
        }

        diff.Compare(field, current, desired);
        return desired;
    }

    private static string? Protocol(ProxyProtocol protocol) => protocol == ProxyProtocol.Unknown ? null : protocol.ToString().ToLowerInvariant();
}
