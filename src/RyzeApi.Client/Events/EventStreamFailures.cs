using System.Net;
using System.Net.WebSockets;
using RyzeApi.Client.Http;

namespace RyzeApi.Client;

/// <summary>
/// What a refused or failed upgrade means. ClientWebSocket gives the status and headers but not the body: 400 is the
/// documented "WebSocket is not enabled" (SPEC §3.5), 401/403/404 end the stream as any call would, a 429 waits for the
/// server's reset, and the rest (5xx, no answer, timeout) is retried.
/// </summary>
internal static class EventStreamFailures
{
    public static Uri Address(Uri baseAddress, string instance)
    {
        var address = new UriBuilder(new Uri(baseAddress, "ws/" + Uri.EscapeDataString(instance)));
        address.Scheme = address.Scheme == Uri.UriSchemeHttps ? "wss" : "ws";
        return address.Uri;
    }

    /// <returns>The failure to retry (with the server's wait for a 429).</returns>
    /// <exception cref="RyzeApiException">The upgrade was refused for good: not enabled (400), 401, 403 or 404.</exception>
    public static UpgradeAttempt Describe(string instance, ClientWebSocket socket, Exception exception, bool timedOut, TimeProvider time)
    {
        var status = (int)socket.HttpStatusCode;
        using var response = new HttpResponseMessage(status == 0 ? HttpStatusCode.ServiceUnavailable : (HttpStatusCode)status);
        foreach (var (name, values) in socket.HttpResponseHeaders ?? new Dictionary<string, IEnumerable<string>>())
        {
            response.Headers.TryAddWithoutValidation(name, values);
        }

        var details = new RyzeErrorDetails
        {
            Method = "GET",
            Path = RyzeRoutes.EventStream.Replace("{instance}", instance, StringComparison.Ordinal),
            StatusCode = status == 0 ? null : (HttpStatusCode)status,
            Reason = status == 0 ? (timedOut ? "the upgrade timed out" : "the connection failed") : "the WebSocket upgrade was refused",
            RateLimit = status == 0 ? null : RateLimitHeaders.Read(response),
        };
        return status switch
        {
            0 => new UpgradeAttempt(null, new RyzeConnectionException(details, timedOut, exception), null),
            400 => throw new RyzeWebSocketNotEnabledException(details with
            {
                Reason = $"the instance's WebSocket is not enabled; enable it with client.Events.ConfigureWebSocketAsync(\"{instance}\", new WebSocketConfig()), then stream again",
            }, exception),
            401 or 403 or 404 => throw RyzeErrorFactory.Create(details, null),
            429 => new UpgradeAttempt(null, RyzeErrorFactory.Create(details, null), RateLimitHeaders.ReadRetryAfter(response, time.GetUtcNow())),
            _ => new UpgradeAttempt(null, RyzeErrorFactory.Create(details, null), null),
        };
    }
}
