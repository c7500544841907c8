using Refit;
using RyzeApi.Client.Instances.Wire;

namespace RyzeApi.Client.Http;

/// <summary>
/// RyzeAPI's instance module, one line per endpoint of SPEC §2. Every call returns the raw response so that
/// <see cref="RyzeResponseReader"/> can stream, unwrap and map it in one place.
/// </summary>
internal interface IRyzeApi
{
    [Post("/api/instance/new")]
    Task<HttpResponseMessage> CreateAsync([Header("token")] string token, [Body] CreateInstanceBody body, CancellationToken cancellationToken);

    [Get("/api/instance/list")]
    Task<HttpResponseMessage> ListAsync([Header("token")] string token, [AliasAs("instanceName")] string? instanceName, CancellationToken cancellationToken);

    [Delete("/api/instance/delete/{instance}")]
    Task<HttpResponseMessage> DeleteAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Get("/api/instance/connect/{instance}")]
    Task<HttpResponseMessage> ConnectAsync(string instance, [Header("token")] string token, string? number, int? history, CancellationToken cancellationToken);

    [Post("/api/instance/reconnect/{instance}")]
    Task<HttpResponseMessage> ReconnectAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Delete("/api/instance/logout/{instance}")]
    Task<HttpResponseMessage> LogoutAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Get("/api/instance/getSettings/{instance}")]
    Task<HttpResponseMessage> GetSettingsAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Post("/api/instance/settings/{instance}")]
    Task<HttpResponseMessage> UpdateSettingsAsync(string instance, [Header("token")] string token, [Body] SettingsBody body, CancellationToken cancellationToken);

    [Get("/api/instance/getProxy/{instance}")]
    Task<HttpResponseMessage> GetProxyAsync(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Post("/api/instance/proxy/{instance}")]
    Task<HttpResponseMessage> UpdateProxyAsync(string instance, [Header("token")] string token, [Body] ProxyBody body, CancellationToken cancellationToken);

    [Get("/api/instance/getS3/{instance}")]
    Task<HttpResponseMessage> GetS3Async(string instance, [Header("token")] string token, CancellationToken cancellationToken);

    [Post("/api/instance/s3/{instance}")]
    Task<HttpResponseMessage> UpdateS3Async(string instance, [Header("token")] string token, [Body] S3Body body, CancellationToken cancellationToken);

    // Names arrive escaped one by one and joined with literal commas, as SPEC §2.13 writes them.
    [Get("/api/instance/metrics/{instance}")]
    Task<HttpResponseMessage> GetMetricsAsync([Encoded] string instance, [Header("token")] string token, CancellationToken cancellationToken);
}
