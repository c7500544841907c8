namespace RyzeApi.Client;

/// <summary>
/// The webhook (by label) and WebSocket reads and writes a fleet plan needs, which live in the events module rather
/// than the instance one. Without an implementation, a spec with <c>webhooks</c> or <c>websocket</c> blocks is refused
/// before anything is sent.
/// </summary>
internal interface IFleetEvents
{
    /// <summary>The instance's webhooks by label.</summary>
    Task<IReadOnlyDictionary<string, WebhookInfo>> GetWebhooksAsync(string instance, CancellationToken cancellationToken);

    /// <summary>Creates or replaces the webhook of that label (one request).</summary>
    Task UpsertWebhookAsync(string instance, string label, WebhookConfig webhook, CancellationToken cancellationToken);

    /// <summary>The WebSocket configuration, or <see langword="null"/> when it was never configured.</summary>
    Task<WebSocketInfo?> GetWebSocketAsync(string instance, CancellationToken cancellationToken);

    /// <summary>Sets the WebSocket configuration (one request).</summary>
    Task SetWebSocketAsync(string instance, WebSocketConfig webSocket, CancellationToken cancellationToken);
}
