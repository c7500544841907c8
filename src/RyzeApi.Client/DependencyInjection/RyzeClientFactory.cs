using System.Collections.Concurrent;
using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.Diagnostics;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.DependencyInjection;

/// <summary>
/// One <see cref="RyzeClient"/> per registration name. Its Refit client is taken afresh from <see cref="IHttpClientFactory"/>
/// every few seconds (<see cref="RefreshingRyzeApi"/>), so a client kept in a singleton still follows handler rotation and DNS changes.
/// </summary>
internal sealed class RyzeClientFactory(IServiceProvider services, IHttpClientFactory httpClients, RyzeClientRegistry registry) : IRyzeClientFactory
{
    private readonly ConcurrentDictionary<string, RyzeClient> _clients = new(StringComparer.Ordinal);

    public RyzeClient CreateClient(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return _clients.GetOrAdd(name, Create);
    }

    internal static string HttpClientName(string name) => name.Length == 0 ? "RyzeApi.Client" : $"RyzeApi.Client:{name}";

    private RyzeClient Create(string name)
    {
        // The same snapshot the HTTP handlers of this name use: read once, so a reload cannot half-apply; only the account
        // token follows reloads, so that it can be rotated without a restart.
        var clientOptions = registry.OptionsOf(name);
        var httpClientName = HttpClientName(name);
        var time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        var provider = ScopedInstanceTokenProvider.For(services, name);
        var tokens = new RyzeTokens(
            registry.AccountTokenOf(name),
            provider is null ? null : new InstanceTokenCache(provider, clientOptions.InstanceTokenCacheLifetime, time));
        var transport = new RyzeTransport(
            new RefreshingRyzeApi(httpClients, httpClientName).Get,
            clientOptions,
            time,
            tokens,
            logger: RyzeApiServiceCollectionExtensions.LoggerOf(services),
            rateLimits: services.GetRequiredService<RateLimitGate>(),
            metrics: services.GetRequiredService<RyzeMetrics>());
        return new RyzeClient(transport);
    }
}
