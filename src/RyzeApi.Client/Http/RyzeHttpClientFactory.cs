using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Refit;
using RyzeApi.Client.Diagnostics;

namespace RyzeApi.Client.Http;

/// <summary>
/// The non-DI path: every <see cref="RyzeClient"/> built with <c>new</c> shares one pooled socket handler whose
/// connections are recycled (no socket exhaustion, DNS changes picked up), unless it was given a handler or an
/// <see cref="HttpClient"/> of its own, behind its own resilience pipeline, and the rate-limit gate of its server.
/// </summary>
internal static class RyzeHttpClientFactory
{
    private static readonly SocketsHttpHandler SharedHandler = Shared();

    // One throttle per server (and clock) for every client built with new, as they share the sockets: RyzeAPI counts per
    // token, so a client made per request must still see the window another one used up. Under DI, one per container.
    private static readonly ConditionalWeakTable<TimeProvider, ConcurrentDictionary<Uri, RateLimitGate>> Gates = new();

    /// <summary>A transport over <paramref name="connection"/>, or over the shared pooled handler when it is <see langword="null"/>.</summary>
    public static RyzeTransport CreateTransport(RyzeClientOptions options, TimeProvider time, ILoggerFactory loggers, HttpMessageHandler? connection = null)
    {
        var logger = loggers.CreateLogger(RyzeTelemetry.Name);
        var gate = Gates.GetValue(time, static _ => new()).GetOrAdd(options.BaseAddress, static (_, clock) => new RateLimitGate(clock), time);
        var handler = new RyzeResilienceHandler(RyzeResiliencePipeline.Create(options, time, gate, loggers), options, time) { InnerHandler = connection ?? SharedHandler };
        var http = new HttpClient(handler, disposeHandler: false);
        RyzeHttpDefaults.Apply(http, options);
        var api = RestService.ForGenerated<IRyzeApi>(http, RyzeRefitSettings.Instance);
        return new RyzeTransport(() => api, options, time, logger: logger, rateLimits: gate);
    }

    private static SocketsHttpHandler Shared()
    {
        var handler = new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(2) };
        RyzeHttpDefaults.Decompress(handler);
        return handler;
    }
}
