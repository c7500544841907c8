namespace RyzeApi.Client.AspNetCore.Deduplication;

/// <summary>The default store: this process only, expired keys swept as claims arrive.</summary>
internal sealed class InMemoryDeduplicationStore(TimeProvider time) : IRyzeEventDeduplicationStore
{
    private readonly Dictionary<string, (bool Failed, DateTimeOffset Until)> _entries = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep;

    public ValueTask<RyzeEventClaim> TryClaimAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = time.GetUtcNow();
        lock (_entries)
        {
            Sweep(now, window);
            var known = _entries.TryGetValue(key, out var entry) && entry.Until > now;
            if (known && !entry.Failed)
            {
                return new(RyzeEventClaim.Duplicate);
            }

            _entries[key] = (false, now + ClaimLifetime.Of(window));
            return new(known ? RyzeEventClaim.ClaimedAfterFailure : RyzeEventClaim.Claimed);
        }
    }

    public ValueTask CompleteAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) => Set(key, failed: false, window);

    public ValueTask ReleaseAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) => Set(key, failed: true, window);

    private ValueTask Set(string key, bool failed, TimeSpan window)
    {
        ArgumentNullException.ThrowIfNull(key);
        lock (_entries)
        {
            _entries[key] = (failed, time.GetUtcNow() + window);
        }

        return ValueTask.CompletedTask;
    }

    // At most once per quarter window, so a steady stream of events costs one pass now and then.
    private void Sweep(DateTimeOffset now, TimeSpan window)
    {
        if (now < _nextSweep)
        {
            return;
        }

        _nextSweep = now + (window / 4);
        foreach (var stale in _entries.Where(e => e.Value.Until <= now).Select(e => e.Key).ToList())
        {
            _entries.Remove(stale);
        }
    }
}
