using System.Diagnostics.CodeAnalysis;

namespace RyzeApi.Client.AspNetCore;

/// <summary>
/// Handles one type of event, from webhooks and from the WebSocket stream alike. Register it with
/// <see cref="RyzeEventServiceCollectionExtensions.AddRyzeEventHandler{TEvent, THandler}"/>; it is resolved in the
/// delivery's scope (the request's for a webhook), so scoped services such as a <c>DbContext</c> can be injected.
/// </summary>
/// <typeparam name="TEvent">The event type, e.g. <see cref="MessageExchangeEvent"/>; <see cref="RyzeEvent"/> receives every event.</typeparam>
[SuppressMessage("Naming", "CA1711", Justification = "It handles RyzeAPI events; not a .NET event handler delegate.")]
public interface IRyzeEventHandler<in TEvent>
    where TEvent : RyzeEvent
{
    /// <summary>Handles the event. Throwing makes the webhook answer 500, so RyzeAPI delivers it again.</summary>
    /// <param name="ryzeEvent">The event.</param>
    /// <param name="context">How it arrived.</param>
    /// <param name="cancellationToken">Cancelled when the request is aborted or the app stops.</param>
    /// <returns>A task that completes when the event is handled.</returns>
    Task HandleAsync(TEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken = default);
}
