namespace RyzeApi.Client.Http;

/// <summary>
/// One cancellation source with an optional deadline, rented from a <see cref="TimeoutPool"/>. Disposing it resets the
/// source for the next call, or replaces it when it cannot be safely reused.
/// </summary>
/// <remarks>
/// A source is reset only when <see cref="CancellationTokenSource.TryReset"/> succeeds (it never fired; other clocks than
/// the system one are never reset) and its timer was at least <see cref="SafetyMargin"/> from firing: a timer fires at or
/// after its due time, never before, so it cannot be on its way to cancelling a source the next call already uses.
/// </remarks>
internal sealed class PooledTimeout : IDisposable
{
    private static readonly TimeSpan SafetyMargin = TimeSpan.FromSeconds(1);
    private readonly TimeoutPool _pool;
    private long _dueTimestamp = long.MaxValue;
    private int _rented = 1;

    internal PooledTimeout(TimeoutPool pool)
    {
        _pool = pool;
        Source = NewSource();
    }

    public CancellationTokenSource Source { get; private set; }

    public CancellationToken Token => Source.Token;

    public bool IsCancellationRequested => Source.IsCancellationRequested;

    /// <summary>Cancels after <paramref name="delay"/>, on the pool's clock.</summary>
    public void Arm(TimeSpan delay)
    {
        var time = _pool.Time;
        _dueTimestamp = time.GetTimestamp() + (long)(delay.TotalSeconds * time.TimestampFrequency);
        Source.CancelAfter(delay);
    }

    /// <summary>Cancels this timeout when <paramref name="token"/> cancels; dispose the registration before this.</summary>
    public CancellationTokenRegistration CancelWhen(CancellationToken token) => Source.CancelWhen(token);

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _rented, 0) == 0)
        {
            return; // a second dispose must not hand the same timeout out twice
        }

        var time = _pool.Time;
        var farFromFiring = _dueTimestamp == long.MaxValue || time.GetElapsedTime(time.GetTimestamp(), _dueTimestamp) > SafetyMargin;
        if (!farFromFiring || !Source.TryReset())
        {
            Source.Dispose();
            Source = NewSource();
        }

        _dueTimestamp = long.MaxValue;
        _pool.Return(this);
    }

    internal void OnRent() => Volatile.Write(ref _rented, 1);

    private CancellationTokenSource NewSource() => new(Timeout.InfiniteTimeSpan, _pool.Time);
}
