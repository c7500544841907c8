namespace RyzeApi.Client;

/// <summary>
/// When the event stream may try its next upgrade: jittered exponential backoff after failures, and never more than
/// <see cref="EventStreamOptions.MaxUpgradesPerMinute"/> upgrades in any minute, each of which the server counts
/// against the token's shared 100/min budget (SPEC §1.3).
/// </summary>
internal sealed class ReconnectPacing(EventStreamOptions options, TimeProvider time, Random? random = null)
{
    private static readonly TimeSpan Window = TimeSpan.FromMinutes(1);
    private readonly Queue<DateTimeOffset> _upgrades = new();
    private readonly Random _random = random ?? Random.Shared;

    /// <summary>
    /// The wait after the <paramref name="failures"/>-th failure in a row: half of base × 2^(failures−1) (capped), plus up
    /// to as much again at random, so clients dropped together do not reconnect together.
    /// </summary>
    public TimeSpan Backoff(int failures)
    {
        var ceiling = options.ReconnectBaseDelay.Ticks * Math.Pow(2, Math.Min(failures - 1, 30));
        var capped = Math.Min(ceiling, options.MaxReconnectDelay.Ticks);
        return TimeSpan.FromTicks((long)(capped / 2 + (_random.NextDouble() * capped / 2)));
    }

    /// <summary>Takes the next upgrade slot: how long to wait before using it (zero while the minute has room).</summary>
    public TimeSpan TakeUpgradeSlot()
    {
        var now = time.GetUtcNow();
        while (_upgrades.Count > 0 && now - _upgrades.Peek() >= Window)
        {
            _upgrades.Dequeue();
        }

        var at = _upgrades.Count < options.MaxUpgradesPerMinute ? now : _upgrades.Peek() + Window;
        if (_upgrades.Count >= options.MaxUpgradesPerMinute)
        {
            _upgrades.Dequeue();
        }

        _upgrades.Enqueue(at);
        return at - now;
    }
}
