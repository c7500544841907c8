using System.Security.Cryptography;
using RyzeApi.Client.Testing.Json;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Endpoints;

/// <summary>Reads the flat create body into the inline blocks; failing sub-blocks are log-and-continue, as documented.</summary>
internal static class CreateBodyParser
{
    public const string ChatwootMissingFields = "chatwootBaseUrl, chatwootAccountId and chatwootApiToken are required when chatwootEnabled is true";

    // Test hook: this Chatwoot API token makes the (simulated) Chatwoot answer 401.
    public const string InvalidChatwootToken = "invalid";

    public static ProxyState Proxy(JsonBody b)
    {
        var (enabled, host, port) = (b.Bool("proxyEnabled"), b.String("proxyHost"), b.String("proxyPort"));
        var (protocol, username, password) = (b.String("proxyProtocol"), b.String("proxyUsername"), b.String("proxyPassword"));

        // SPEC is silent: an enabled proxy without host/port at create; the fake stores it disabled (log-and-continue).
        return enabled == true && !string.IsNullOrWhiteSpace(host) && !string.IsNullOrWhiteSpace(port)
            ? new ProxyState(true, host, port, protocol ?? "http", username, password)
            : ProxyState.Disabled;
    }

    public static WebhookState Webhook(JsonBody b)
    {
        var (enabled, url, authorization) = (b.Bool("webhookEnabled"), b.String("webhookURL"), b.String("webhookAuthorization"));
        var (byEvents, events, media) = (b.Bool("webhookByEvents"), b.StringList("webhookEvents"), b.Bool("webhookMediaBase64"));

        // Log-and-continue: an enabled webhook without a URL comes back enabled:false.
        return enabled == true && !string.IsNullOrWhiteSpace(url)
            ? new WebhookState(true, url, authorization, byEvents ?? false, events ?? [], media ?? false)
            : WebhookState.Disabled;
    }

    public static WebsocketState Websocket(JsonBody b)
    {
        var (enabled, events, media) = (b.Bool("websocketEnabled"), b.StringList("websocketEvents"), b.Bool("websocketMediaBase64"));
        return enabled == true ? new WebsocketState(true, events ?? [], media ?? false) : WebsocketState.Disabled;
    }

    public static ChatwootState Chatwoot(JsonBody b)
    {
        var (enabled, baseUrl, accountId) = (b.Bool("chatwootEnabled"), b.String("chatwootBaseUrl"), b.Long("chatwootAccountId"));
        var (apiToken, inbox) = (b.String("chatwootApiToken"), b.String("chatwootInboxName"));
        _ = (b.Bool("chatwootSignMessages"), b.Bool("chatwootIgnoreGroups"), b.Bool("chatwootStartAsPending"), b.Bool("chatwootReopenResolved"));
        if (enabled != true)
        {
            return ChatwootState.Disabled;
        }

        if (string.IsNullOrWhiteSpace(baseUrl) || accountId is null || string.IsNullOrWhiteSpace(apiToken))
        {
            return ChatwootState.Disabled with { Error = ChatwootMissingFields };
        }

        if (apiToken == InvalidChatwootToken)
        {
            return ChatwootState.Disabled with { ApiToken = apiToken, Error = Messages.ChatwootUnauthorized };
        }

        var bridgeId = "int_" + Convert.ToHexString(RandomNumberGenerator.GetBytes(6)).ToLowerInvariant();
        return new ChatwootState(true, baseUrl, accountId, apiToken, inbox, bridgeId, null);
    }

    public static SettingsState Settings(JsonBody b) => new()
    {
        AutoRejectCalls = b.Bool("autoRejectCalls") ?? false,
        CallRejectMessage = b.String("callRejectMessage") ?? "",
        IgnoreGroupMessages = b.Bool("ignoreGroupMessages") ?? false,
        KeepOnlineStatus = b.Bool("keepOnlineStatus") ?? false,
        AutoReadMessages = b.Bool("autoReadMessages") ?? false,
        DisableHistorySync = b.Bool("disableHistorySync") ?? true,
        IgnoreStatus = b.Bool("ignoreStatus") ?? false,
    };

    public static S3State S3(JsonBody b)
    {
        var s3 = new S3State(
            true, b.String("s3Region"), b.String("s3Bucket"), b.String("s3AccessKey"), b.String("s3SecretKey"),
            b.String("s3Endpoint"), b.String("s3PathPrefix"));
        return b.Bool("s3Enabled") == true ? s3 : S3State.Disabled;
    }
}
