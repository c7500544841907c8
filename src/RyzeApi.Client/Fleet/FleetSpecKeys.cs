namespace RyzeApi.Client;

/// <summary>The keys each object of a fleet spec may hold: the parser's one list, which the shipped JSON Schema must match.</summary>
internal static class FleetSpecKeys
{
    public const string Schema = "$schema";

    public static readonly string[] Root = [Schema, "instances", "prune"];
    public static readonly string[] Instance = ["settings", "proxy", "s3", "chatwoot", "webhooks", "websocket"];
    public static readonly string[] Settings =
        ["autoRejectCalls", "callRejectMessage", "ignoreGroupMessages", "keepOnlineStatus", "autoReadMessages", "disableHistorySync", "ignoreStatus"];

    public static readonly string[] Proxy = ["enabled", "protocol", "host", "port", "username", "password"];
    public static readonly string[] S3 = ["enabled", "region", "bucket", "accessKey", "secretKey", "endpoint", "pathPrefix"];
    public static readonly string[] Chatwoot =
        ["enabled", "baseUrl", "accountId", "apiToken", "inboxName", "signMessages", "ignoreGroups", "startAsPending", "reopenResolved"];

    public static readonly string[] Webhook = ["enabled", "url", "authorization", "byEvents", "events", "mediaBase64"];
    public static readonly string[] WebSocket = ["enabled", "events", "mediaBase64"];

    /// <summary>The objects of the spec by the name the JSON Schema gives their definition.</summary>
    public static IReadOnlyDictionary<string, string[]> ByDefinition { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        ["root"] = Root,
        ["instance"] = Instance,
        ["settings"] = Settings,
        ["proxy"] = Proxy,
        ["s3"] = S3,
        ["chatwoot"] = Chatwoot,
        ["webhook"] = Webhook,
        ["websocket"] = WebSocket,
    };
}
