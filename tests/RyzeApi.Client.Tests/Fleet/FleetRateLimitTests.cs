using System.Globalization;
using RyzeApi.Client.Testing;
using RyzeApi.Client.Tests.Infrastructure;
using Xunit.Abstractions;

namespace RyzeApi.Client.Tests.Fleet;

/// <summary>A fleet of 200 against the fake enforcing RyzeAPI's documented limits (20 creates and 100 other calls per minute), on fake time.</summary>
public sealed class FleetRateLimitTests(ITestOutputHelper output)
{
    private const int Size = 200;

    [Fact]
    public async Task Two_hundred_instances_are_applied_within_the_create_and_global_limits_with_no_429_reaching_the_caller()
    {
        var time = FakeClock.Create();
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { TimeProvider = time, InstanceQuota = Size });
        var fleet = ServerDateHandler.CreateClient(fake.BaseAddress, fake.AccountToken, time, o =>
        {
            // Fake time jumps while real requests are in flight: keep the timeouts out of the way of the rate-limit waits.
            o.AttemptTimeout = TimeSpan.FromMinutes(30);
            o.TotalTimeout = TimeSpan.FromHours(1);
        }).Fleet;
        var spec = FleetServer.Spec($$"""
            { "instances": { {{string.Join(", ", Enumerable.Range(0, Size).Select(i => $$"""
                "shop-{{i:000}}": { "settings": { "autoRejectCalls": true }, "proxy": { "host": "p{{i}}.example.com", "port": 1080, "password": "${PROXY_PASSWORD}" } }
                """))}} } }
            """);
        var start = time.GetUtcNow();

        var plan = await time.DriveAsync(fleet.PlanAsync(spec), TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        var result = await time.DriveAsync(fleet.ApplyAsync(plan), TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        var applyTime = time.GetUtcNow() - start;
        var firstRun = fake.Requests.Count;
        var createsReceived = fake.CountRequests("POST /api/instance/new");
        fake.ClearRequests();
        var noChangeStart = time.GetUtcNow();
        var second = await time.DriveAsync(fleet.PlanAsync(spec), TimeSpan.FromSeconds(1), TimeSpan.FromHours(1));
        var noChangePlanTime = time.GetUtcNow() - noChangeStart;
        var noChangeReads = fake.Requests.Count;
        fake.ClearRequests();
        await fleet.ApplyAsync(second);

        result.Instances.Should().HaveCount(Size).And.OnlyContain(r => r.Outcome == FleetOutcome.Applied, "every 429 was waited out inside the SDK");
        fake.Instances.Should().HaveCount(Size);
        // One list, then per instance one look-up and one create carrying both blocks; on top, the few requests that were
        // already on their way (at most MaxConcurrency - 1) when a window filled up, answered 429 and resent after the reset.
        var resentAfter429 = firstRun - (1 + (2 * Size));
        resentAfter429.Should().BeInRange(0, 3 * 14, "at most three requests in flight per window (10 create windows, a few global ones)");
        applyTime.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMinutes(9), "200 creates at 20 per minute need ten windows");
        applyTime.Should().BeLessThan(TimeSpan.FromMinutes(12));
        second.HasChanges.Should().BeFalse();
        (noChangeReads - (1 + (2 * Size))).Should().BeInRange(0, 3 * 5, "one list, then per instance the settings and proxy reads, plus the resends after a 429 as above");
        fake.Requests.Should().BeEmpty();
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"first plan+apply: {firstRun} requests ({(firstRun - 1) / (double)Size:0.##} per instance + 1 list; {resentAfter429} of them resends after a 429, {createsReceived - Size} creates), {applyTime.TotalMinutes:0.0} min on the fake clock; "
            + $"no-change plan: {noChangeReads} requests ({noChangeReads - (1 + (2 * Size))} resends after a 429), {noChangePlanTime.TotalMinutes:0.0} min; second apply: 0 requests"));
    }
}
