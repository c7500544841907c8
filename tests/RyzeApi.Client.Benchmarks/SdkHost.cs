using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// The SDK as partners get it: <c>AddRyzeApiClient</c> with its handler (telemetry, retries, timeouts), logging to a provider at
/// <see cref="LogLevel.Warning"/> (a usual production level), telemetry listened to. Only the primary handler is chosen here.
/// </summary>
public sealed class SdkHost : IDisposable
{
    private readonly ServiceProvider _services;

    public SdkHost(Uri baseAddress, string accountToken, Func<HttpMessageHandler>? primaryHandler, bool listenToTelemetry = true)
    {
        if (listenToTelemetry)
        {
            TelemetryListeners.Start();
        }

        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new SinkLoggerProvider()).SetMinimumLevel(LogLevel.Warning));
        var builder = services.AddRyzeApiClient(options =>
        {
            options.BaseAddress = baseAddress;
            options.AccountToken = accountToken;
        });
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(primaryHandler);
        }

        _services = services.BuildServiceProvider();
        Client = _services.GetRequiredService<RyzeClient>();
    }

    public RyzeClient Client { get; }

    /// <summary>The SDK's own <see cref="HttpClient"/> (its telemetry and resilience handlers, no Refit), for the layer benchmarks.</summary>
    public HttpClient CreateSdkHttpClient() => _services.GetRequiredService<IHttpClientFactory>().CreateClient("RyzeApi.Client");

    public void Dispose() => _services.Dispose();
}
