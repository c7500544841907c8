using System.Collections.Concurrent;
using Microsoft.Extensions.Caching.Distributed;

namespace RyzeApi.Client.AspNetCore.Deduplication;

/// <summary>
/// Shares claims through <see cref="IDistributedCache"/>. The cache has no atomic add, so a claim is written, then read
/// back: of two replicas writing at once, the one whose value survives handles the event. Claims within this process
/// are made atomic first, in memory.
/// </summary>
internal sealed class DistributedDeduplicationStore(IDistributedCache cache) : IRyzeEventDeduplicationStore
{
    private const string Prefix = "ryzeapi:event:";
    private const byte Done = (byte)'d';
    private const byte Failed = (byte)'f';
    private readonly ConcurrentDictionary<string, byte> _local = new(StringComparer.Ordinal);

    public async ValueTask<RyzeEventClaim> TryClaimAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (!_local.TryAdd(key, 0))
        {
            return RyzeEventClaim.Duplicate;
        }

        var claimed = false;
        try
        {
            var current = await cache.GetAsync(Prefix + key, cancellationToken).ConfigureAwait(false);
            if (current is { Length: > 0 } && current[0] != Failed)
            {
                return RyzeEventClaim.Duplicate;
            }

            var mine = Guid.NewGuid().ToByteArray();
            await cache.SetAsync(Prefix + key, mine, Expiring(ClaimLifetime.Of(window)), cancellationToken).ConfigureAwait(false);
            var stored = await cache.GetAsync(Prefix + key, cancellationToken).ConfigureAwait(false);
            claimed = stored is not null && stored.AsSpan().SequenceEqual(mine);
            return !claimed ? RyzeEventClaim.Duplicate : current is null ? RyzeEventClaim.Claimed : RyzeEventClaim.ClaimedAfterFailure;
        }
        finally
        {
            if (!claimed)
            {
                _local.TryRemove(key, out _);
            }
        }
    }

    public ValueTask CompleteAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) => SetAsync(key, Done, window, cancellationToken);

    public ValueTask ReleaseAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) => SetAsync(key, Failed, window, cancellationToken);

    private static DistributedCacheEntryOptions Expiring(TimeSpan after) => new() { AbsoluteExpirationRelativeToNow = after };

    private async ValueTask SetAsync(string key, byte state, TimeSpan window, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        try
        {
            await cache.SetAsync(Prefix + key, [state], Expiring(window), cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            _local.TryRemove(key, out _);
        }
    }
}
