using System.Collections.Concurrent;

namespace RyzeApi.Client.Http;

/// <summary>
/// Reusable timeouts for the transport and the handler. Timers are the costly part of a call's bookkeeping: each one
/// armed or stopped takes the runtime's timer-queue lock, which 64 concurrent callers on two cores contend for. So a
/// timeout is armed only once the work it bounds has actually gone asynchronous, and its source is reused afterwards.
/// </summary>
internal sealed class TimeoutPool(TimeProvider time)
{
    private const int Capacity = 256;

    private readonly ConcurrentQueue<PooledTimeout> _idle = new();
    private int _idleCount;

    internal TimeProvider Time => time;

    /// <summary>A timeout that is not armed yet: <see cref="PooledTimeout.Arm"/> starts it. Dispose it to hand it back.</summary>
    public PooledTimeout Rent()
    {
        if (_idle.TryDequeue(out var timeout))
        {
            Interlocked.Decrement(ref _idleCount);
            timeout.OnRent();
            return timeout;
        }

        return new PooledTimeout(this);
    }

    internal void Return(PooledTimeout timeout)
    {
        if (Interlocked.Increment(ref _idleCount) <= Capacity)
        {
            _idle.Enqueue(timeout);
            return;
        }

        Interlocked.Decrement(ref _idleCount);
        timeout.Source.Dispose();
    }
}
