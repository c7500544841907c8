using System.Globalization;
using System.Text.Json.Nodes;
using RyzeApi.Client.Testing.State;

namespace RyzeApi.Client.Testing.Json;

/// <summary>The JSON blocks of an instance, as the create example and the list tables document them; secrets never appear.</summary>
internal static class InstanceJson
{
    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static JsonArray Strings(IEnumerable<string> items) => new(items.Select(s => (JsonNode?)s).ToArray());

    /// <summary>The create shape: <c>password</c> is present and always null.</summary>
    public static JsonObject ProxyWithNullPassword(ProxyState p)
    {
        var block = Proxy(p);
        block["password"] = null;
        return block;
    }

    /// <summary>The getProxy shape: <c>enabled, host, port, protocol, username</c>.</summary>
    public static JsonObject Proxy(ProxyState p) => new()
    {
        ["enabled"] = p.Enabled, ["host"] = p.Host, ["port"] = p.Port, ["protocol"] = p.Protocol, ["username"] = p.Username,
    };

    /// <summary>The getS3 shape: <c>secretKey</c> present and always null.</summary>
    public static JsonObject S3WithNullSecret(S3State s) => new()
    {
        ["enabled"] = s.Enabled, ["region"] = s.Region, ["bucket"] = s.Bucket, ["accessKey"] = s.AccessKey,
        ["secretKey"] = null, ["endpoint"] = s.Endpoint, ["pathPrefix"] = s.PathPrefix,
    };

    /// <summary>The s3 update shape: no <c>secretKey</c> key at all.</summary>
    public static JsonObject S3(S3State s) => new()
    {
        ["enabled"] = s.Enabled, ["region"] = s.Region, ["bucket"] = s.Bucket, ["accessKey"] = s.AccessKey,
        ["endpoint"] = s.Endpoint, ["pathPrefix"] = s.PathPrefix,
    };

    // SPEC is silent: the webhook summary beyond the create example (enabled/url/events); Authorization is never echoed.
    public static JsonObject Webhook(WebhookState w) => new()
    {
        ["enabled"] = w.Enabled, ["url"] = w.Url, ["events"] = Strings(w.Events),
    };

    public static JsonObject Websocket(WebsocketState w) => new()
    {
        ["enabled"] = w.Enabled, ["events"] = Strings(w.Events), ["mediaBase64"] = w.MediaBase64,
    };

    public static JsonObject Chatwoot(ChatwootState c)
    {
        if (c.Error is not null)
        {
            return new JsonObject { ["enabled"] = false, ["status"] = "error", ["error"] = c.Error };
        }

        // SPEC is silent: the shape of a Chatwoot block that was never enabled; we answer {"enabled": false}.
        return !c.Enabled
            ? new JsonObject { ["enabled"] = false }
            : new JsonObject
            {
                ["enabled"] = true, ["status"] = "active", ["bridgeIntegrationId"] = c.BridgeIntegrationId,
                ["baseUrl"] = c.BaseUrl, ["accountId"] = c.AccountId, ["inboxName"] = c.InboxName,
            };
    }

    public static JsonObject Settings(SettingsState s) => new()
    {
        ["autoRejectCalls"] = s.AutoRejectCalls,
        ["callRejectMessage"] = s.CallRejectMessage,
        ["ignoreGroupMessages"] = s.IgnoreGroupMessages,
        ["keepOnlineStatus"] = s.KeepOnlineStatus,
        ["autoReadMessages"] = s.AutoReadMessages,
        ["disableHistorySync"] = s.DisableHistorySync,
        ["ignoreStatus"] = s.IgnoreStatus,
    };

    /// <summary>The <c>instance</c> object of the create response, as in the SPEC example.</summary>
    public static JsonObject Created(InstanceRecord r) => new()
    {
        ["id"] = r.Id, ["name"] = r.Name, ["token"] = r.Token, ["status"] = r.State, ["numberJid"] = r.NumberJid,
        ["proxy"] = ProxyWithNullPassword(r.Proxy), ["webhook"] = Webhook(r.Webhook), ["websocket"] = Websocket(r.Websocket),
        ["chatwoot"] = Chatwoot(r.Chatwoot), ["settings"] = Settings(r.Settings), ["s3"] = S3WithNullSecret(r.S3),
        ["createdAt"] = Timestamp(r.CreatedAt), ["updatedAt"] = Timestamp(r.UpdatedAt),
    };
}
