using System.Collections.Concurrent;

namespace RyzeApi.Client.Http;

/// <summary>
/// One registration's instance tokens, looked up through its <see cref="IInstanceTokenProvider"/> and kept for
/// <see cref="RyzeClientOptions.InstanceTokenCacheLifetime"/> (on a monotonic clock), so a vault is not asked on every
/// call. An answer of "no token" is kept as well: the account token is used meanwhile.
/// </summary>
internal sealed class InstanceTokenCache(IInstanceTokenProvider provider, TimeSpan lifetime, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Entry> _entries = new(StringComparer.Ordinal);

    /// <summary>The token of <paramref name="instance"/> and whether it came from the cache (and so may be stale).</summary>
    public async ValueTask<(string? Token, bool Cached)> GetAsync(string instance, CancellationToken cancellationToken)
    {
        if (lifetime > TimeSpan.Zero && _entries.TryGetValue(instance, out var entry) && time.GetTimestamp() < entry.ExpiresAt)
        {
            return (entry.Token, true);
        }

        var token = await provider.GetTokenAsync(instance, cancellationToken).ConfigureAwait(false);
        if (lifetime > TimeSpan.Zero)
        {
            _entries[instance] = new Entry(token, time.GetTimestamp() + (long)(lifetime.TotalSeconds * time.TimestampFrequency));
        }

        return (token, false);
    }

    /// <summary>Forgets <paramref name="instance"/>'s token, e.g. after the server said it is invalid.</summary>
    public void Drop(string instance) => _entries.TryRemove(instance, out _);

    private readonly record struct Entry(string? Token, long ExpiresAt);
}
