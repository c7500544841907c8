using RyzeApi.Client.Http;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Http;

/// <summary>
/// The pool reuses sources only on the system clock (<see cref="CancellationTokenSource.TryReset"/> cannot stop another
/// provider's timer), so these tests run on real time, with timeouts far from the moments they check.
/// </summary>
public sealed class TimeoutPoolTests
{
    private readonly TimeoutPool _pool = new(TimeProvider.System);

    [Fact]
    public async Task A_returned_source_is_reused_and_cancels_after_its_new_delay()
    {
        var first = _pool.Rent(TimeSpan.FromSeconds(30));
        first.Dispose();

        using var second = _pool.Rent(TimeSpan.FromMilliseconds(100));
        var cancelled = await CancelledWithinAsync(TimeSpan.FromSeconds(10), second.Token);

        second.Source.Should().BeSameAs(first.Source);
        cancelled.Should().BeTrue("the reused source was re-armed with the new delay");
    }

    [Fact]
    public void A_source_that_was_cancelled_is_never_handed_out_again()
    {
        var cancelled = _pool.Rent(TimeSpan.FromSeconds(30));
        cancelled.Source.Cancel();
        cancelled.Dispose();

        using var next = _pool.Rent(TimeSpan.FromSeconds(30));

        next.Source.Should().NotBeSameAs(cancelled.Source);
        next.IsCancellationRequested.Should().BeFalse();
    }

    [Fact]
    public void A_source_within_a_second_of_firing_is_not_reused_so_a_late_timer_cannot_cancel_the_next_call()
    {
        var close = _pool.Rent(TimeSpan.FromMilliseconds(500));
        close.Dispose();

        using var next = _pool.Rent(TimeSpan.FromSeconds(30));

        next.Source.Should().NotBeSameAs(close.Source);
    }

    [Fact]
    public void A_disposed_link_does_not_reach_the_call_that_reuses_the_source()
    {
        using var firstCaller = new CancellationTokenSource();
        var first = _pool.Rent(TimeSpan.FromSeconds(30));
        first.Source.CancelWhen(firstCaller.Token).Dispose();
        first.Dispose();

        using var reused = _pool.Rent(TimeSpan.FromSeconds(30));
        firstCaller.Cancel();

        reused.Source.Should().BeSameAs(first.Source);
        reused.IsCancellationRequested.Should().BeFalse("the first caller's cancellation no longer reaches it");
    }

    [Fact]
    public void A_linked_caller_cancels_the_rented_source()
    {
        using var caller = new CancellationTokenSource();
        using var lease = _pool.Rent(TimeSpan.FromSeconds(30));
        using var link = lease.Source.CancelWhen(caller.Token);

        caller.Cancel();

        lease.IsCancellationRequested.Should().BeTrue();
    }

    [Fact]
    public void On_a_fake_clock_sources_are_disposed_not_reused_and_still_fire_on_fake_time()
    {
        var time = FakeClock.Create();
        var pool = new TimeoutPool(time);
        var first = pool.Rent(TimeSpan.FromSeconds(30));
        first.Dispose();

        using var second = pool.Rent(TimeSpan.FromSeconds(5));
        time.Advance(TimeSpan.FromSeconds(5));

        second.Source.Should().NotBeSameAs(first.Source);
        second.IsCancellationRequested.Should().BeTrue();
    }

    private static async Task<bool> CancelledWithinAsync(TimeSpan bound, CancellationToken token)
    {
        var cancelled = new TaskCompletionSource();
        await using var registration = token.Register(cancelled.SetResult);
        return await Task.WhenAny(cancelled.Task, Task.Delay(bound, CancellationToken.None)) == cancelled.Task;
    }
}
