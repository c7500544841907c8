using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Refit;

namespace RyzeApi.Client.Benchmarks.Peer;

/// <summary>
/// What a partner assembles from the same parts as the SDK: Refit's generated client registered with the client factory
/// (<c>AddRefitGeneratedClient</c>: Refit 16's <c>AddRefitClient</c> needs the separate reflection package), System.Text.Json
/// over its own source-generated context, the <c>token</c> header, and <c>AddStandardResilienceHandler()</c> with its defaults. Logging as in
/// <see cref="SdkHost"/>; only the primary handler is chosen here.
/// </summary>
public sealed class PeerHost : IDisposable
{
    private readonly ServiceProvider _services;

    public PeerHost(Uri baseAddress, string accountToken, Func<HttpMessageHandler>? primaryHandler)
    {
        var services = new ServiceCollection();
        services.AddLogging(logging => logging.AddProvider(new SinkLoggerProvider()).SetMinimumLevel(LogLevel.Warning));
        var settings = new RefitSettings(new SystemTextJsonContentSerializer(PeerJsonContext.Default.Options));
        var builder = services.AddRefitGeneratedClient<IPeerRyzeApi>(settings).ConfigureHttpClient(http =>
        {
            http.BaseAddress = baseAddress;
            http.DefaultRequestHeaders.Add("token", accountToken);
        });
        if (primaryHandler is not null)
        {
            builder.ConfigurePrimaryHttpMessageHandler(primaryHandler);
        }

        builder.AddStandardResilienceHandler();
        _services = services.BuildServiceProvider();
        Client = new PeerClient(_services.GetRequiredService<IPeerRyzeApi>());
    }

    public PeerClient Client { get; }

    public void Dispose() => _services.Dispose();
}
