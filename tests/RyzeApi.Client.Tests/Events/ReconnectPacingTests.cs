using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Events;

public sealed class ReconnectPacingTests
{
    [Theory]
    [InlineData(1, 500, 1000)]
    [InlineData(2, 1000, 2000)]
    [InlineData(4, 4000, 8000)]
    [InlineData(6, 15000, 30000)]
    [InlineData(60, 15000, 30000)]
    public void Backoff_doubles_per_failure_with_jitter_in_the_upper_half_and_a_cap(int failures, int lowestMs, int highestMs)
    {
        var lowest = new ReconnectPacing(new EventStreamOptions(), FakeClock.Create(), new FixedRandom(0)).Backoff(failures);
        var highest = new ReconnectPacing(new EventStreamOptions(), FakeClock.Create(), new FixedRandom(0.999999)).Backoff(failures);

        lowest.TotalMilliseconds.Should().Be(lowestMs);
        highest.TotalMilliseconds.Should().BeApproximately(highestMs, 0.1);
    }

    [Fact]
    public void Upgrades_beyond_the_per_minute_budget_wait_for_the_oldest_to_leave_the_minute()
    {
        var time = FakeClock.Create();
        var pacing = new ReconnectPacing(new EventStreamOptions { MaxUpgradesPerMinute = 3 }, time);

        var first = Enumerable.Range(0, 3).Select(_ => pacing.TakeUpgradeSlot()).ToList();
        time.Advance(TimeSpan.FromSeconds(10));
        var fourth = pacing.TakeUpgradeSlot();
        var fifth = pacing.TakeUpgradeSlot();
        time.Advance(TimeSpan.FromSeconds(60));
        var later = pacing.TakeUpgradeSlot();

        first.Should().Equal(TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero);
        fourth.Should().Be(TimeSpan.FromSeconds(50));
        fifth.Should().Be(TimeSpan.FromSeconds(50));
        later.Should().Be(TimeSpan.Zero);
    }

    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
