using Microsoft.Extensions.Time.Testing;

namespace RyzeApi.Cli.Tests;

/// <summary>A fake clock that tells the test when ryze arms a timer, so the test moves time only once that timer exists.</summary>
public sealed class ObservedClock : TimeProvider
{
    private readonly FakeTimeProvider _time = new();
    private readonly List<(TimeSpan DueTime, TaskCompletionSource Armed)> _waiters = [];

    public override DateTimeOffset GetUtcNow() => _time.GetUtcNow();

    public override long GetTimestamp() => _time.GetTimestamp();

    public override long TimestampFrequency => _time.TimestampFrequency;

    public void Advance(TimeSpan by) => _time.Advance(by);

    /// <summary>Completes once a timer due in <paramref name="dueTime"/> is armed (now or later).</summary>
    public Task ArmedAsync(TimeSpan dueTime)
    {
        var armed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_waiters)
        {
            _waiters.Add((dueTime, armed));
        }

        return armed.Task;
    }

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _time.CreateTimer(callback, state, dueTime, period);
        lock (_waiters)
        {
            foreach (var waiter in _waiters.Where(waiter => waiter.DueTime == dueTime).ToList())
            {
                _waiters.Remove(waiter);
                waiter.Armed.SetResult();
            }
        }

        return timer;
    }
}
