using System.Globalization;
using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Every_response_carries_rate_limit_and_date_headers_but_no_retry_after()
    {
        await using var h = await Harness.StartAsync();

        var ok = await h.GetAsync("/api/instance/list", h.Account);
        var error = await h.GetAsync("/api/instance/list", null);

        foreach (var r in new[] { ok, error })
        {
            r.Header("X-RateLimit-Limit").Should().Be("100");
            r.HasHeader("X-RateLimit-Remaining").Should().BeTrue();
            r.Header("X-RateLimit-Reset").Should().Be(Harness.Start.AddMinutes(1).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
            r.Message.Headers.Date.Should().Be(Harness.Start);
            r.HasHeader("Retry-After").Should().BeFalse();
        }

        ok.Header("X-RateLimit-Remaining").Should().Be("99");
    }

    [Fact]
    public async Task The_request_over_the_limit_answers_429_until_the_window_resets()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimitPerMinute = 3);
        for (var i = 0; i < 3; i++)
        {
            (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
        }

        var limited = await h.GetAsync("/api/instance/list", h.Account);
        limited.ShouldBeError(HttpStatusCode.TooManyRequests, "Rate limit exceeded. Try again later.");
        limited.Header("X-RateLimit-Remaining").Should().Be("0");

        h.Time.Advance(TimeSpan.FromSeconds(59));
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.TooManyRequests);
        h.Time.Advance(TimeSpan.FromSeconds(1));
        var fresh = await h.GetAsync("/api/instance/list", h.Account);
        fresh.Status.Should().Be(HttpStatusCode.OK);
        fresh.Header("X-RateLimit-Remaining").Should().Be("2");
    }

    [Fact]
    public async Task A_window_opened_mid_second_announces_its_reset_rounded_up_and_a_retry_then_is_let_through()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimitPerMinute = 1);
        h.Time.Advance(TimeSpan.FromMilliseconds(600));
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);

        var limited = await h.GetAsync("/api/instance/list", h.Account);

        limited.Status.Should().Be(HttpStatusCode.TooManyRequests);
        var reset = long.Parse(limited.Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture);
        reset.Should().Be(Harness.Start.AddSeconds(61).ToUnixTimeSeconds(), "the window ends at :00.600 past the minute, so the whole second after it");
        h.Time.SetUtcNow(DateTimeOffset.FromUnixTimeSeconds(reset));
        var retry = await h.GetAsync("/api/instance/list", h.Account);
        retry.Status.Should().Be(HttpStatusCode.OK, "the server announced the counter resets at {0}: {1}", reset, retry.Text);
    }

    [Fact]
    public async Task With_a_fake_clock_the_Date_header_is_on_the_same_clock_as_X_RateLimit_Reset()
    {
        await using var h = await Harness.StartAsync();
        h.Time.Advance(TimeSpan.FromSeconds(30));

        var r = await h.GetAsync("/api/instance/list", h.Account);

        r.Message.Headers.Date.Should().Be(Harness.Start.AddSeconds(30));
        var reset = DateTimeOffset.FromUnixTimeSeconds(long.Parse(r.Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture));
        (reset - r.Message.Headers.Date!.Value).Should().Be(TimeSpan.FromMinutes(1));
    }

    [Fact]
    public async Task Limits_are_counted_per_token()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimitPerMinute = 1);
        var token = await h.CreateAsync("sales");

        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
        (await h.GetAsync("/api/instance/list", token)).Status.Should().Be(HttpStatusCode.OK);
        (await h.GetAsync("/api/instance/list", token)).Status.Should().Be(HttpStatusCode.TooManyRequests);
    }

    [Fact]
    public async Task Create_has_its_own_20_per_minute_bucket()
    {
        await using var h = await Harness.StartAsync();
        for (var i = 0; i < 20; i++)
        {
            await h.CreateAsync($"i{i}");
        }

        var r = await h.PostAsync("/api/instance/new", h.Account, """{"name":"one-too-many"}""");

        r.ShouldBeError(HttpStatusCode.TooManyRequests, "Rate limit exceeded. Try again later.");
        r.Header("X-RateLimit-Limit").Should().Be("20");
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RateLimitEnabled_false_sends_no_limit()
    {
        await using var h = await Harness.StartAsync(o => { o.RateLimitEnabled = false; o.RateLimitPerMinute = 1; });

        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_shorter_window_lets_its_limit_through_again_once_it_has_passed_and_refusals_are_counted()
    {
        await using var h = await Harness.StartAsync(o => { o.RateLimitPerMinute = 2; o.RateLimitWindow = TimeSpan.FromSeconds(5); });
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
        var second = await h.GetAsync("/api/instance/list", h.Account);
        var refused = await h.GetAsync("/api/instance/list", h.Account);

        second.Header("X-RateLimit-Reset").Should().Be(Harness.Start.AddSeconds(5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        refused.Status.Should().Be(HttpStatusCode.TooManyRequests);
        h.Server.RateLimitRefusals.Should().Be(1);

        h.Time.Advance(TimeSpan.FromSeconds(4.9));
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.TooManyRequests);
        h.Time.Advance(TimeSpan.FromSeconds(0.1));
        var fresh = await h.GetAsync("/api/instance/list", h.Account);

        fresh.Status.Should().Be(HttpStatusCode.OK);
        fresh.Header("X-RateLimit-Remaining").Should().Be("1");
        h.Server.RateLimitRefusals.Should().Be(2);
        h.Server.Reset();
        h.Server.RateLimitRefusals.Should().Be(0);
    }
}
