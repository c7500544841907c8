using RyzeApi.Client.Http;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Http;

/// <summary>
/// Timeouts are reused only on the system clock (<see cref="CancellationTokenSource.TryReset"/> cannot stop another
/// provider's timer), so most of these tests run on real time, with deadlines far from the moments they check.
/// </summary>
public sealed class TimeoutPoolTests
{
    private readonly TimeoutPool _pool = new(TimeProvider.System);

    [Fact]
    public void A_rented_timeout_is_not_armed_until_asked()
    {
        using var timeout = _pool.Rent();

        timeout.IsCancellationRequested.Should().BeFalse();
        timeout.Token.CanBeCanceled.Should().BeTrue();
    }

    [Fact]
    public async Task A_returned_source_is_reused_and_cancels_after_its_new_delay()
    {
        var first = _pool.Rent();
        var firstSource = first.Source;
        first.Arm(TimeSpan.FromSeconds(30));
        first.Dispose();

        using var second = _pool.Rent();
        second.Arm(TimeSpan.FromMilliseconds(100));
        var cancelled = await CancelledWithinAsync(TimeSpan.FromSeconds(10), second.Token);

        second.Source.Should().BeSameAs(firstSource);
        cancelled.Should().BeTrue("the reused source was re-armed with the new delay");
    }

    [Fact]
    public void A_source_that_was_cancelled_is_replaced_not_handed_out_again()
    {
        var cancelled = _pool.Rent();
        var cancelledSource = cancelled.Source;
        cancelledSource.Cancel();
        cancelled.Dispose();

        using var next = _pool.Rent();

        next.Source.Should().NotBeSameAs(cancelledSource);
        next.IsCancellationRequested.Should().BeFalse();
    }

    [Fact]
    public void A_source_within_a_second_of_firing_is_replaced_so_a_late_timer_cannot_cancel_the_next_call()
    {
        var close = _pool.Rent();
        var closeSource = close.Source;
        close.Arm(TimeSpan.FromMilliseconds(500));
        close.Dispose();

        using var next = _pool.Rent();

        next.Source.Should().NotBeSameAs(closeSource);
    }

    [Fact]
    public void Disposing_twice_hands_the_timeout_out_once()
    {
        var timeout = _pool.Rent();
        timeout.Dispose();
        timeout.Dispose();

        using var first = _pool.Rent();
        using var second = _pool.Rent();

        second.Should().NotBeSameAs(first);
    }

    [Fact]
    public void A_disposed_link_does_not_reach_the_call_that_reuses_the_source()
    {
        using var firstCaller = new CancellationTokenSource();
        var first = _pool.Rent();
        var firstSource = first.Source;
        first.CancelWhen(firstCaller.Token).Dispose();
        first.Dispose();

        using var reused = _pool.Rent();
        firstCaller.Cancel();

        reused.Source.Should().BeSameAs(firstSource);
        reused.IsCancellationRequested.Should().BeFalse("the first caller's cancellation no longer reaches it");
    }

    [Fact]
    public void A_linked_caller_cancels_the_timeout()
    {
        using var caller = new CancellationTokenSource();
        using var timeout = _pool.Rent();
        using var link = timeout.CancelWhen(caller.Token);

        caller.Cancel();

        timeout.IsCancellationRequested.Should().BeTrue();
    }

    [Fact]
    public void On_a_fake_clock_an_armed_source_fires_on_fake_time_and_is_replaced_not_reused()
    {
        var time = FakeClock.Create();
        var pool = new TimeoutPool(time);
        var first = pool.Rent();
        var firstSource = first.Source;
        first.Arm(TimeSpan.FromSeconds(30));
        first.Dispose();

        using var second = pool.Rent();
        second.Arm(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));

        second.Source.Should().NotBeSameAs(firstSource);
        second.IsCancellationRequested.Should().BeTrue();
    }

    private static async Task<bool> CancelledWithinAsync(TimeSpan bound, CancellationToken token)
    {
        var cancelled = new TaskCompletionSource();
        await using var registration = token.Register(cancelled.SetResult);
        return await Task.WhenAny(cancelled.Task, Task.Delay(bound, CancellationToken.None)) == cancelled.Task;
    }
}
