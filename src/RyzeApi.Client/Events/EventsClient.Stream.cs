namespace RyzeApi.Client;

public partial class EventsClient
{
    /// <summary>
    /// Streams the instance's events over its WebSocket (<c>/ws/{instance}</c>, the token in a header). When the socket
    /// drops it reconnects (jittered backoff, at most <see cref="EventStreamOptions.MaxUpgradesPerMinute"/> upgrades a
    /// minute) and yields a <see cref="StreamGap"/> first: events sent meanwhile are not replayed. Cancelling
    /// <paramref name="cancellationToken"/> ends the enumeration without an exception.
    /// </summary>
    /// <param name="name">The instance name; its WebSocket must be enabled (<see cref="ConfigureWebSocketAsync"/>).</param>
    /// <param name="options">Reconnect settings; defaults when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Ends the stream.</param>
    /// <returns>The events, in arrival order, with a <see cref="StreamGap"/> after each reconnect.</returns>
    /// <exception cref="ArgumentException">The name or options are invalid; nothing was sent.</exception>
    /// <exception cref="RyzeWebSocketNotEnabledException">The instance's WebSocket is not enabled (400 before the upgrade).</exception>
    /// <exception cref="RyzeApiException">401, 403 or 404 (e.g. <see cref="RyzeNotFoundException"/>); or, after <see cref="EventStreamOptions.MaxReconnectAttempts"/> failed attempts in a row, the last failure.</exception>
    public virtual IAsyncEnumerable<RyzeEvent> StreamAsync(string name, EventStreamOptions? options = null, CancellationToken cancellationToken = default)
    {
        InstanceName.Validate(name, nameof(name));
        options ??= new EventStreamOptions();
        options.Validate(nameof(options));
        return new EventStream(Transport, name, options).ReadAsync(cancellationToken);
    }
}
