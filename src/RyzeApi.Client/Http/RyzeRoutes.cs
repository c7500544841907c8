namespace RyzeApi.Client.Http;

/// <summary>
/// The route templates of RyzeAPI's instance and events modules (SPEC §2, §3), written once: <see cref="IRyzeApi"/>'s attributes build
/// requests from them, and <see cref="RyzeOperation"/> names each call's span, measurement and log event with them.
/// </summary>
internal static class RyzeRoutes
{
    public const string Create = "/api/instance/new";
    public const string List = "/api/instance/list";
    public const string Delete = "/api/instance/delete/{instance}";
    public const string Connect = "/api/instance/connect/{instance}";
    public const string Reconnect = "/api/instance/reconnect/{instance}";
    public const string Logout = "/api/instance/logout/{instance}";
    public const string GetSettings = "/api/instance/getSettings/{instance}";
    public const string UpdateSettings = "/api/instance/settings/{instance}";
    public const string GetProxy = "/api/instance/getProxy/{instance}";
    public const string UpdateProxy = "/api/instance/proxy/{instance}";
    public const string GetS3 = "/api/instance/getS3/{instance}";
    public const string UpdateS3 = "/api/instance/s3/{instance}";
    public const string Metrics = "/api/instance/metrics/{instance}";
    public const string UpsertWebhook = "/api/events/webhook/{instance}";
    public const string GetWebhooks = "/api/events/getWebhook/{instance}";
    public const string ConfigureWebSocket = "/api/events/websocket/{instance}";
    public const string GetWebSocket = "/api/events/getWebsocket/{instance}";
    public const string EventStream = "/ws/{instance}";

    /// <summary>The service's own health (SPEC §4, Observability): no token, outside the rate limit.</summary>
    public const string Health = "/health";
}
