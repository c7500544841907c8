using RyzeApi.Client.Testing.Events;

namespace RyzeApi.Client.Testing;

/// <content>Events: emitting them to webhooks and WebSockets, and dropping sockets.</content>
public sealed partial class FakeRyzeServer
{
    /// <summary>Gets every webhook delivery made so far (one entry per event and webhook, after its last attempt).</summary>
    public IReadOnlyList<FakeWebhookDelivery> WebhookDeliveries => _fake.Events.Deliveries;

    /// <summary>
    /// Emits an event as RyzeAPI would: its payload in a new envelope carrying this instance's real name, token and the
    /// fake's address, to the instance's open WebSockets and enabled webhooks (each with its event filter).
    /// </summary>
    /// <param name="instanceName">The instance (case-sensitive).</param>
    /// <param name="ryzeEvent">The event, e.g. from <see cref="RyzeEventFactory"/>.</param>
    /// <param name="cancellationToken">Stops waiting for the webhook deliveries (they go on).</param>
    /// <returns>A task that completes when every webhook delivery has ended; WebSocket frames are queued by then.</returns>
    /// <exception cref="InvalidOperationException">No instance has that name.</exception>
    public Task EmitAsync(string instanceName, RyzeEvent ryzeEvent, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceName);
        ArgumentNullException.ThrowIfNull(ryzeEvent);
        lock (_fake.Store.Gate)
        {
            var record = Find(instanceName);
            return _fake.Events.Publish(record, ryzeEvent.EventName, EventEnvelopes.Of(_fake, record, ryzeEvent)).WaitAsync(cancellationToken);
        }
    }

    /// <summary>Emits an envelope exactly as given (a test's own JSON, odd shapes included) to the instance's WebSockets and webhooks.</summary>
    /// <param name="instanceName">The instance (case-sensitive).</param>
    /// <param name="envelopeJson">The whole envelope, <c>{"event": …, "data": …, "instanceData": …}</c>, sent verbatim.</param>
    /// <param name="cancellationToken">Stops waiting for the webhook deliveries (they go on).</param>
    /// <returns>A task that completes when every webhook delivery has ended; WebSocket frames are queued by then.</returns>
    /// <exception cref="RyzeEventFormatException">The JSON has no string <c>event</c>, which the filters need.</exception>
    /// <exception cref="InvalidOperationException">No instance has that name.</exception>
    public Task EmitAsync(string instanceName, string envelopeJson, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceName);
        var eventName = RyzeEventParser.Parse(envelopeJson).EventName;
        lock (_fake.Store.Gate)
        {
            return _fake.Events.Publish(Find(instanceName), eventName, envelopeJson).WaitAsync(cancellationToken);
        }
    }

    /// <summary>Drops the instance's open WebSockets without a close handshake, as a network failure would.</summary>
    /// <remarks>
    /// A socket counts as open from its upgrade request, so that no event emitted meanwhile is missed; one dropped before the
    /// client has read the upgrade's answer is a failed upgrade to that client, not a gap. To drop a stream the client has
    /// open, let an event reach it first.
    /// </remarks>
    /// <param name="instanceName">The instance (case-sensitive).</param>
    /// <returns>How many sockets were dropped.</returns>
    public int DisconnectWebSockets(string instanceName)
    {
        ArgumentNullException.ThrowIfNull(instanceName);
        return _fake.Events.Drop(instanceName);
    }

    /// <summary>Counts the instance's open WebSockets.</summary>
    /// <param name="instanceName">The instance (case-sensitive).</param>
    /// <returns>The number of sockets open and not dropped.</returns>
    public int CountWebSockets(string instanceName)
    {
        ArgumentNullException.ThrowIfNull(instanceName);
        return _fake.Events.CountOpen(instanceName);
    }

    /// <summary>Waits until the instance has at least <paramref name="count"/> open WebSockets, e.g. before emitting to a client that is connecting.</summary>
    /// <param name="instanceName">The instance (case-sensitive).</param>
    /// <param name="count">How many sockets to wait for.</param>
    /// <param name="cancellationToken">Stops waiting.</param>
    /// <returns>A task that completes once that many are open.</returns>
    public Task WaitForWebSocketsAsync(string instanceName, int count = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(instanceName);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return _fake.Events.WaitForOpenAsync(instanceName, count, cancellationToken);
    }
}
