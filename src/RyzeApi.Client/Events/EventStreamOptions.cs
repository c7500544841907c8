namespace RyzeApi.Client;

/// <summary>How <see cref="EventsClient.StreamAsync"/> reconnects when the WebSocket drops.</summary>
public sealed record EventStreamOptions
{
    /// <summary>The first reconnect's wait; each failed attempt doubles it, with jitter, up to <see cref="MaxReconnectDelay"/>.</summary>
    /// <value>The default is 1 second.</value>
    public TimeSpan ReconnectBaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two connection attempts.</summary>
    /// <value>The default is 30 seconds.</value>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many failed connection attempts in a row end the stream with the last failure; <see langword="null"/> retries
    /// until cancelled. A refused upgrade (400 not enabled, 401, 403, 404) always ends it at once.
    /// </summary>
    /// <value>The default is <see langword="null"/>.</value>
    public int? MaxReconnectAttempts { get; init; }

    /// <summary>
    /// The most WebSocket upgrades per minute: each one counts against the token's 100 requests per minute shared with
    /// every other call, so a flapping connection must not use them up.
    /// </summary>
    /// <value>The default is 10.</value>
    public int MaxUpgradesPerMinute { get; init; } = 10;

    internal void Validate(string paramName)
    {
        if (ReconnectBaseDelay <= TimeSpan.Zero || MaxReconnectDelay < ReconnectBaseDelay)
        {
            throw new ArgumentException("ReconnectBaseDelay must be more than zero and at most MaxReconnectDelay.", paramName);
        }

        if (MaxReconnectAttempts < 0 || MaxUpgradesPerMinute is < 1 or > 100)
        {
            throw new ArgumentException("MaxReconnectAttempts must not be negative, and MaxUpgradesPerMinute must be 1 to 100.", paramName);
        }
    }
}
