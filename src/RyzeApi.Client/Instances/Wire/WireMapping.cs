using System.Globalization;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client.Instances.Wire;

/// <summary>The only mapping from the public typed blocks to RyzeAPI's flat request bodies.</summary>
internal static class WireMapping
{
    public static CreateInstanceBody ToBody(CreateInstanceRequest request)
    {
        var (proxy, webhook, websocket, chatwoot, settings, s3) =
            (request.Proxy, request.Webhook, request.WebSocket, request.Chatwoot, request.Settings, request.S3);
        return new CreateInstanceBody
        {
            Name = request.Name,
            Token = request.Token,
            ProxyEnabled = proxy?.Enabled,
            ProxyHost = proxy?.Host,
            ProxyPort = proxy?.Port?.ToString(CultureInfo.InvariantCulture),
            ProxyProtocol = proxy is { Enabled: true } ? ProtocolToWire(proxy.Protocol) : null,
            ProxyUsername = proxy?.Username,
            ProxyPassword = proxy?.Password,
            WebhookEnabled = webhook?.Enabled,
            WebhookUrl = webhook?.Url?.OriginalString,
            WebhookAuthorization = webhook?.Authorization,
            WebhookByEvents = webhook?.ByEvents,
            WebhookEvents = webhook?.Events,
            WebhookMediaBase64 = webhook?.MediaBase64,
            WebsocketEnabled = websocket?.Enabled,
            WebsocketEvents = websocket?.Events,
            WebsocketMediaBase64 = websocket?.MediaBase64,
            ChatwootEnabled = chatwoot?.Enabled,
            ChatwootBaseUrl = chatwoot?.BaseUrl?.OriginalString,
            ChatwootAccountId = chatwoot?.AccountId,
            ChatwootApiToken = chatwoot?.ApiToken,
            ChatwootInboxName = chatwoot?.InboxName,
            ChatwootSignMessages = chatwoot?.SignMessages,
            ChatwootIgnoreGroups = chatwoot?.IgnoreGroups,
            ChatwootStartAsPending = chatwoot?.StartAsPending,
            ChatwootReopenResolved = chatwoot?.ReopenResolved,
            AutoRejectCalls = settings?.AutoRejectCalls,
            CallRejectMessage = settings?.CallRejectMessage,
            IgnoreGroupMessages = settings?.IgnoreGroupMessages,
            KeepOnlineStatus = settings?.KeepOnlineStatus,
            AutoReadMessages = settings?.AutoReadMessages,
            DisableHistorySync = settings?.DisableHistorySync,
            IgnoreStatus = settings?.IgnoreStatus,
            S3Enabled = s3?.Enabled,
            S3Region = s3?.Region,
            S3Bucket = s3?.Bucket,
            S3AccessKey = s3?.AccessKey,
            S3SecretKey = s3?.SecretKey,
            S3Endpoint = s3?.Endpoint?.OriginalString,
            S3PathPrefix = s3?.PathPrefix,
        };
    }

    public static SettingsBody ToBody(InstanceSettingsPatch patch) => new()
    {
        AutoRejectCalls = patch.AutoRejectCalls,
        CallRejectMessage = patch.CallRejectMessage,
        IgnoreGroupMessages = patch.IgnoreGroupMessages,
        KeepOnlineStatus = patch.KeepOnlineStatus,
        AutoReadMessages = patch.AutoReadMessages,
        DisableHistorySync = patch.DisableHistorySync,
        IgnoreStatus = patch.IgnoreStatus,
    };

    public static ProxyBody ToBody(ProxyConfig proxy) => new()
    {
        Enabled = proxy.Enabled,
        Host = proxy.Host,
        Port = proxy.Port?.ToString(CultureInfo.InvariantCulture),
        Protocol = proxy.Enabled ? ProtocolToWire(proxy.Protocol) : null, // a disabled block is just {"enabled": false}
        Username = proxy.Username,
        Password = proxy.Password,
    };

    public static S3Body ToBody(S3Config s3) => new()
    {
        Enabled = s3.Enabled,
        Region = s3.Region,
        Bucket = s3.Bucket,
        AccessKey = s3.AccessKey,
        SecretKey = s3.SecretKey,
        // SPEC §2.12: "empty for AWS", and its AWS example sends "endpoint": "" (so an endpoint set before is cleared).
        Endpoint = s3.Endpoint?.OriginalString ?? (s3.Enabled ? string.Empty : null),
        PathPrefix = s3.PathPrefix,
    };

    public static ConnectResult ToResult(ConnectEnvelope answer) => new()
    {
        Kind = answer switch
        {
            { PairingCode.Length: > 0 } => ConnectKind.PairingCode,
            { QrCode.Length: > 0 } or { QrCodeBase64.Length: > 0 } => ConnectKind.QrCode,
            { Status: "connected" } => ConnectKind.AlreadyConnected,
            // Not an Unknown result a caller could mistake for progress: the call fails, naming what the answer lacked.
            _ => throw new System.Text.Json.JsonException("neither a QR code (qrCode, qrCodeBase64), a pairing code (pairingCode) nor status \"connected\""),
        },
        QrCode = answer.QrCode,
        QrCodeDataUrl = ConnectResult.NormalizeDataUrl(answer.QrCodeBase64),
        PairingCode = ConnectResult.NormalizePairingCode(answer.PairingCode),
        Message = answer.Message,
    };

    /// <summary>
    /// The create answer's instance; the token is read from <c>instance.token</c>, else from <c>data.token</c>, and a
    /// missing name is the one that was asked for.
    /// </summary>
    public static Instance? ToInstance(CreateInstanceEnvelope answer, string requestedName) => (answer.Instance, answer.Data?.Token) switch
    {
        ({ Token: null } instance, { } token) => Named(instance, requestedName) with { Token = token },
        (null, { } token) => new Instance { Name = requestedName, Token = token },
        var (instance, _) => instance is null ? null : Named(instance, requestedName),
    };

    private static Instance Named(Instance instance, string requestedName) =>
        instance.Name.Length == 0 ? instance with { Name = requestedName } : instance;

    private static string? ProtocolToWire(ProxyProtocol protocol) =>
        protocol == ProxyProtocol.Unknown ? null : ProxyProtocolConverter.Instance.ToWire(protocol);
}
