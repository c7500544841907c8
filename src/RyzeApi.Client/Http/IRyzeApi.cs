using Refit;
using RyzeApi.Client.Events.Wire;
using RyzeApi.Client.Instances.Wire;

namespace RyzeApi.Client.Http;

/// <summary>
/// RyzeAPI's instance and events modules, one line per endpoint of SPEC §2 and §3. Every call returns the raw response so that
/// <see cref="RyzeResponseReader"/> can stream, unwrap and map it in one place.
/// </summary>
internal interface IRyzeApi
{
    [Post(RyzeRoutes.Create)]
    Task<HttpResponseMessage> CreateAsync([Header("token")] string token, [Body] CreateInstanceBody body, CancellationToken cancellationToken);

    [Get(RyzeRoutes.List)]
    Task<HttpResponseMessage> ListAsync([Header("token")] string token, [AliasAs("instanceName")] string? instanceName, CancellationToken cancellationToken);

    [Delete(RyzeRoutes.Delete)]
    Task<HttpResponseMessage> DeleteAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Get(RyzeRoutes.Connect)]
    Task<HttpResponseMessage> ConnectAsync(string instance, [Header("token")] string token, string? number, int? history, CancellationToken cancellationToken);

    [Post(RyzeRoutes.Reconnect)]
    Task<HttpResponseMessage> ReconnectAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Delete(RyzeRoutes.Logout)]
    Task<HttpResponseMessage> LogoutAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Get(RyzeRoutes.GetSettings)]
    Task<HttpResponseMessage> GetSettingsAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Post(RyzeRoutes.UpdateSettings)]
    Task<HttpResponseMessage> UpdateSettingsAsync(string instance, [Header("token")] string token, [Body] SettingsBody body, CancellationToken cancellationToken);

    [Get(RyzeRoutes.GetProxy)]
    Task<HttpResponseMessage> GetProxyAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Post(RyzeRoutes.UpdateProxy)]
    Task<HttpResponseMessage> UpdateProxyAsync(string instance, [Header("token")] string token, [Body] ProxyBody body, CancellationToken cancellationToken);

    [Get(RyzeRoutes.GetS3)]
    Task<HttpResponseMessage> GetS3Async(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Post(RyzeRoutes.UpdateS3)]
    Task<HttpResponseMessage> UpdateS3Async(string instance, [Header("token")] string token, [Body] S3Body body, CancellationToken cancellationToken);

    // Names arrive escaped one by one and joined with literal commas, as SPEC §2.13 writes them.
    [Get(RyzeRoutes.Metrics)]
    Task<HttpResponseMessage> GetMetricsAsync([Encoded] string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Post(RyzeRoutes.UpsertWebhook)]
    Task<HttpResponseMessage> UpsertWebhookAsync(string instance, [Header("token")] string token, [Body] WebhookBody body, CancellationToken cancellationToken);

    [Get(RyzeRoutes.GetWebhooks)]
    Task<HttpResponseMessage> GetWebhooksAsync(string instance, [Header("token")] string token, string? label, CancellationToken cancellationToken);

    [Post(RyzeRoutes.ConfigureWebSocket)]
    Task<HttpResponseMessage> ConfigureWebSocketAsync(string instance, [Header("token")] string token, [Body] WebSocketBody body, CancellationToken cancellationToken);

    [Get(RyzeRoutes.GetWebSocket)]
    Task<HttpResponseMessage> GetWebSocketAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Get(RyzeRoutes.Health)]
    Task<HttpResponseMessage> HealthAsync(CancellationToken cancellationToken);
}
