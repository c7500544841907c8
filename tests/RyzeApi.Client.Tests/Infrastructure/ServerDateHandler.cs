using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Time.Testing;
using Refit;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.Tests.Infrastructure;

/// <summary>
/// Kestrel stamps every WireMock response with the real clock's <c>Date</c>, which would fight the fake clock in
/// rate-limit tests. This handler puts back the date the test meant: <c>X-Test-Date</c> when the response has one
/// (to simulate a skewed server clock), otherwise no <c>Date</c> at all, so the client measures on its fake clock.
/// </summary>
public sealed class ServerDateHandler(StrongBox<int> inFlight) : DelegatingHandler
{
    public const string TestDateHeader = "X-Test-Date";

    /// <summary>A client on the production resilience handler, with this handler between it and the network.</summary>
    public static RyzeClient CreateClient(RyzeTestServer server, FakeTimeProvider time, Action<RyzeClientOptions>? configure = null) =>
        CreateClient(server.BaseAddress, RyzeTestServer.AccountToken, time, configure);

    /// <summary>The same, for any server on loopback (e.g. the fake RyzeAPI on the same fake clock).</summary>
    public static RyzeClient CreateClient(Uri baseAddress, string accountToken, FakeTimeProvider time, Action<RyzeClientOptions>? configure = null)
    {
        var options = new RyzeClientOptions { BaseAddress = baseAddress, AccountToken = accountToken, RetryBaseDelay = TimeSpan.FromMilliseconds(1) };
        configure?.Invoke(options);
        var pipeline = new RyzeResilienceHandler(RyzeResiliencePipeline.Create(options, time, new RateLimitGate(time), NullLoggerFactory.Instance), options, time)
        {
            InnerHandler = new ServerDateHandler(FakeClock.InFlight(time)) { InnerHandler = new SocketsHttpHandler() },
        };
        var http = new HttpClient(pipeline) { BaseAddress = options.BaseAddress, Timeout = Timeout.InfiniteTimeSpan };
        var api = RestService.ForGenerated<IRyzeApi>(http, RyzeRefitSettings.Instance);
        return new RyzeClient(new RyzeTransport(() => api, options, time));
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref inFlight.Value);
        HttpResponseMessage response;
        try
        {
            response = await base.SendAsync(request, cancellationToken);
        }
        finally
        {
            Interlocked.Decrement(ref inFlight.Value);
        }

        response.Headers.Date = response.Headers.TryGetValues(TestDateHeader, out var values) ? DateTimeOffset.Parse(values.First(), System.Globalization.CultureInfo.InvariantCulture) : null;
        return response;
    }
}
