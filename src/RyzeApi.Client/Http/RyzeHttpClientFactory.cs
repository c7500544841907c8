using Microsoft.Extensions.Logging;
using Refit;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>
/// The non-DI path: every <see cref="RyzeClient"/> built with <c>new</c> shares one pooled socket handler whose
/// connections are recycled (no socket exhaustion, DNS changes picked up), behind its own resilience handler.
/// </summary>
internal static class RyzeHttpClientFactory
{
    private static readonly SocketsHttpHandler SharedHandler = new()
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(2),
        AutomaticDecompression = System.Net.DecompressionMethods.All,
    };

    public static RyzeTransport CreateTransport(RyzeClientOptions options, TimeProvider time, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(RyzeTelemetry.Name);
        var pipeline = new RyzeResilienceHandler(options, time, new RateLimitGate(time), logger) { InnerHandler = SharedHandler };
        var http = new HttpClient(pipeline, disposeHandler: false);
        RyzeHttpDefaults.Apply(http, options);
        var api = RestService.ForGenerated<IRyzeApi>(http, RyzeRefitSettings.Instance);
        return new RyzeTransport(() => api, options, time, logger: logger);
    }
}
