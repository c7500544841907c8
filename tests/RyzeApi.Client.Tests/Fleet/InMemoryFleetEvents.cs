using System.Collections.Concurrent;

namespace RyzeApi.Client.Tests.Fleet;

/// <summary>Webhooks by label and the WebSocket kept in memory, standing in for the events module behind the fleet's seam.</summary>
internal sealed class InMemoryFleetEvents : IFleetEvents
{
    public ConcurrentDictionary<string, ConcurrentDictionary<string, WebhookInfo>> Webhooks { get; } = new(StringComparer.Ordinal);

    public ConcurrentDictionary<string, WebSocketInfo> WebSockets { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<string> Writes { get; } = new();

    public Task<IReadOnlyDictionary<string, WebhookInfo>> GetWebhooksAsync(string instance, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyDictionary<string, WebhookInfo>>(Webhooks.GetOrAdd(instance, _ => new(StringComparer.Ordinal)));

    public Task UpsertWebhookAsync(string instance, string label, WebhookConfig webhook, CancellationToken cancellationToken)
    {
        Writes.Enqueue($"webhook {instance} {label}");
        Webhooks.GetOrAdd(instance, _ => new(StringComparer.Ordinal))[label] = new WebhookInfo
        {
            Enabled = webhook.Enabled, Url = webhook.Url?.OriginalString, Events = webhook.Events ?? [], ByEvents = webhook.ByEvents, MediaBase64 = webhook.MediaBase64,
        };
        return Task.CompletedTask;
    }

    public Task<WebSocketInfo?> GetWebSocketAsync(string instance, CancellationToken cancellationToken) =>
        Task.FromResult(WebSockets.GetValueOrDefault(instance));

    public Task SetWebSocketAsync(string instance, WebSocketConfig webSocket, CancellationToken cancellationToken)
    {
        Writes.Enqueue($"websocket {instance}");
        WebSockets[instance] = new WebSocketInfo { Enabled = webSocket.Enabled, Events = webSocket.Events ?? [], MediaBase64 = webSocket.MediaBase64 };
        return Task.CompletedTask;
    }
}
