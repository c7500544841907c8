using System.Collections.Concurrent;

namespace RyzeApi.Client.Http;

/// <summary>
/// Timed cancellation sources, reused across calls. Every call needs two (its budget and its attempt), and a new source
/// with its timer is ~0.2 KB plus a timer-queue insertion; a reused one is re-armed in place.
/// </summary>
/// <remarks>
/// A source goes back only when <see cref="CancellationTokenSource.TryReset"/> succeeds (it never fired) and its timer
/// was at least <see cref="SafetyMargin"/> from firing: a timer fires at or after its due time, never before, so it cannot
/// be on its way to cancelling a source that the next call is already using. Everything else is disposed.
/// </remarks>
internal sealed class TimeoutPool(TimeProvider time)
{
    private const int Capacity = 256;
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromSeconds(1);

    private readonly ConcurrentQueue<CancellationTokenSource> _idle = new();
    private int _idleCount;

    /// <summary>A source that cancels after <paramref name="delay"/>, on this pool's clock.</summary>
    public Lease Rent(TimeSpan delay)
    {
        if (_idle.TryDequeue(out var source))
        {
            Interlocked.Decrement(ref _idleCount);
            source.CancelAfter(delay);
        }
        else
        {
            source = new CancellationTokenSource(delay, time);
        }

        return new Lease(this, source, time.GetTimestamp() + (long)(delay.TotalSeconds * time.TimestampFrequency));
    }

    private void Return(CancellationTokenSource source, long dueTimestamp)
    {
        if (time.GetElapsedTime(time.GetTimestamp(), dueTimestamp) > SafetyMargin && TryReserveSlot())
        {
            if (source.TryReset())
            {
                _idle.Enqueue(source);
                return;
            }

            Interlocked.Decrement(ref _idleCount);
        }

        source.Dispose();
    }

    private bool TryReserveSlot()
    {
        if (Interlocked.Increment(ref _idleCount) <= Capacity)
        {
            return true;
        }

        Interlocked.Decrement(ref _idleCount);
        return false;
    }

    /// <summary>One rented source; disposing it hands it back (or disposes it). Dispose links to it first.</summary>
    internal readonly struct Lease(TimeoutPool pool, CancellationTokenSource source, long dueTimestamp) : IDisposable
    {
        public CancellationTokenSource Source => source;

        public CancellationToken Token => source.Token;

        public bool IsCancellationRequested => source.IsCancellationRequested;

        public void Dispose() => pool.Return(source, dueTimestamp);
    }
}
