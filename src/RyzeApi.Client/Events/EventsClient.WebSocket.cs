using RyzeApi.Client.Events.Wire;
using RyzeApi.Client.Http;
using RyzeApi.Client.Serialization;

namespace RyzeApi.Client;

public partial class EventsClient
{
    private const string WebSocketNotConfigured = "WebSocket not configured for this instance";

    /// <summary>Turns the instance's WebSocket event stream on (with its filters) or off; sockets already open stay open.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="webSocket">The configuration; <c>Enabled = false</c> turns it off.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The configuration as stored (the request when the answer does not echo it).</returns>
    /// <exception cref="ArgumentException">The name or configuration is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual Task<WebSocketInfo> ConfigureWebSocketAsync(string name, WebSocketConfig webSocket, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        ArgumentNullException.ThrowIfNull(webSocket);
        if (webSocket.Events?.Any(string.IsNullOrWhiteSpace) == true)
        {
            throw new ArgumentException("The WebSocket's Events must not hold a blank name.", nameof(webSocket));
        }

        var body = EventsWireMapping.ToBody(webSocket);
        return Transport.SendAsync(
            RyzeOperation.ConfigureWebSocket,
            name,
            (api, instance, token, ct) => api.ConfigureWebSocketAsync(instance, token, body, ct),
            RyzeJsonContext.Default.WebSocketEnvelope,
            answer => answer.WebSocket ?? EventsWireMapping.ToInfo(webSocket),
            cancellationToken);
    }

    /// <summary>Reads the instance's WebSocket configuration.</summary>
    /// <param name="name">The instance name.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// The configuration; <see langword="null"/> when it was never configured (RyzeAPI's 404), which differs from a
    /// configuration with <see cref="WebSocketInfo.Enabled"/> <see langword="false"/>.
    /// </returns>
    /// <exception cref="ArgumentException">The name is invalid; nothing was sent.</exception>
    /// <exception cref="RyzeNotFoundException">The instance does not exist.</exception>
    /// <exception cref="RyzeApiException">The call failed.</exception>
    public virtual async Task<WebSocketInfo?> GetWebSocketAsync(string name, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        try
        {
            return await Transport.SendAsync(
                RyzeOperation.GetWebSocket,
                name,
                static (api, instance, token, ct) => api.GetWebSocketAsync(instance, token, ct),
                RyzeJsonContext.Default.WebSocketEnvelope,
                answer => answer.WebSocket,
                cancellationToken).ConfigureAwait(false);
        }
        catch (RyzeNotFoundException ex) when (string.Equals(ex.ErrorMessage, WebSocketNotConfigured, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
    }
}
