namespace RyzeApi.Client.AspNetCore;

/// <summary>Which transport delivered an event.</summary>
public enum RyzeEventTransport
{
    /// <summary>Not known.</summary>
    Unknown = 0,

    /// <summary>A webhook POST to the endpoint mapped by <see cref="RyzeWebhookEndpointRouteBuilderExtensions.MapRyzeApiWebhooks"/>, or a route with the webhook filter.</summary>
    Webhook,

    /// <summary>The instance's WebSocket, read by <see cref="RyzeEventServiceCollectionExtensions.AddRyzeApiEventStream"/>.</summary>
    WebSocket,
}
