using System.Text.Json;

namespace RyzeApi.Client;

/// <content>One reader per block, mapping onto the SDK's own block types and their validation.</content>
internal sealed partial class FleetSpecReader
{
    private InstanceSettingsPatch ReadSettings(JsonElement block, string path)
    {
        var patch = new InstanceSettingsPatch
        {
            AutoRejectCalls = Bool(block, "autoRejectCalls", path),
            CallRejectMessage = String(block, "callRejectMessage", path),
            IgnoreGroupMessages = Bool(block, "ignoreGroupMessages", path),
            KeepOnlineStatus = Bool(block, "keepOnlineStatus", path),
            AutoReadMessages = Bool(block, "autoReadMessages", path),
            DisableHistorySync = Bool(block, "disableHistorySync", path),
            IgnoreStatus = Bool(block, "ignoreStatus", path),
        };
        if (patch.IsEmpty && _errors.Count == _blockStart)
        {
            Error(path, "must set at least one setting");
        }

        return patch;
    }

    private ProxyConfig ReadProxy(JsonElement block, string path)
    {
        var proxy = new ProxyConfig
        {
            Enabled = Bool(block, "enabled", path) ?? true,
            Protocol = Protocol(block, path),
            Host = String(block, "host", path),
            Port = Int(block, "port", path, 1, 65535),
            Username = String(block, "username", path),
            Password = String(block, "password", path, secret: true),
        };
        return Validated(proxy, path, p => p.Validate("proxy"));
    }

    private ProxyProtocol Protocol(JsonElement block, string path) => String(block, "protocol", path) switch
    {
        null or "http" => ProxyProtocol.Http,
        "https" => ProxyProtocol.Https,
        "socks5" => ProxyProtocol.Socks5,
        _ => Invalid(Child(path, "protocol"), "must be http, https or socks5", ProxyProtocol.Http),
    };

    private S3Config ReadS3(JsonElement block, string path)
    {
        var s3 = new S3Config
        {
            Enabled = Bool(block, "enabled", path) ?? true,
            Region = String(block, "region", path),
            Bucket = String(block, "bucket", path),
            AccessKey = String(block, "accessKey", path),
            SecretKey = String(block, "secretKey", path, secret: true),
            Endpoint = Url(block, "endpoint", path),
            PathPrefix = String(block, "pathPrefix", path),
        };
        return Validated(s3, path, s => s.Validate("s3"));
    }

    private ChatwootConfig ReadChatwoot(JsonElement block, string path)
    {
        var chatwoot = new ChatwootConfig
        {
            Enabled = Bool(block, "enabled", path) ?? true,
            BaseUrl = Url(block, "baseUrl", path),
            AccountId = Long(block, "accountId", path),
            ApiToken = String(block, "apiToken", path, secret: true),
            InboxName = String(block, "inboxName", path),
            SignMessages = Bool(block, "signMessages", path),
            IgnoreGroups = Bool(block, "ignoreGroups", path),
            StartAsPending = Bool(block, "startAsPending", path),
            ReopenResolved = Bool(block, "reopenResolved", path),
        };
        return Validated(chatwoot, path, c => c.Validate("chatwoot"));
    }

    private Dictionary<string, WebhookConfig> ReadWebhooks(JsonElement block, string path)
    {
        var webhooks = new Dictionary<string, WebhookConfig>(StringComparer.Ordinal);
        foreach (var labelled in block.EnumerateObject())
        {
            var at = Child(path, labelled.Name);
            if (string.IsNullOrWhiteSpace(labelled.Name))
            {
                Error(at, "a webhook label must not be blank");
            }

            _blockStart = _errors.Count;
            if (IsObject(labelled.Value, at, FleetSpecKeys.Webhook))
            {
                webhooks[labelled.Name] = ReadWebhook(labelled.Value, at) with { Label = labelled.Name };
            }
        }

        return webhooks;
    }

    private WebhookConfig ReadWebhook(JsonElement block, string path)
    {
        var webhook = new WebhookConfig
        {
            Enabled = Bool(block, "enabled", path) ?? true,
            Url = Url(block, "url", path),
            Authorization = String(block, "authorization", path, secret: true),
            ByEvents = Bool(block, "byEvents", path) ?? false,
            Events = Events(block, "events", path),
            MediaBase64 = Bool(block, "mediaBase64", path) ?? false,
        };
        return Validated(webhook, path, w => w.Validate("webhook"));
    }

    private WebSocketConfig ReadWebSocket(JsonElement block, string path)
    {
        return new WebSocketConfig
        {
            Enabled = Bool(block, "enabled", path) ?? true,
            Events = Events(block, "events", path),
            MediaBase64 = Bool(block, "mediaBase64", path) ?? false,
        };
    }

    private T Invalid<T>(string path, string message, T fallback)
    {
        Error(path, message);
        return fallback;
    }
}
