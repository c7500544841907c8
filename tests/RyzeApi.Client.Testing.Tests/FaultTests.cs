using System.Diagnostics;
using System.Globalization;
using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class FaultTests
{
    [Fact]
    public async Task FailNext_status_fails_only_the_next_matching_request_with_the_error_envelope()
    {
        await using var h = await Harness.StartAsync();
        h.Server.FailNext("POST /api/instance/new", FakeFault.Status(500, "Failed to create instance"));

        await h.GetAsync("/api/instance/list", h.Account);
        var failed = await h.PostAsync("/api/instance/new", h.Account, """{"name":"sales"}""");
        var ok = await h.PostAsync("/api/instance/new", h.Account, """{"name":"sales"}""");

        failed.ShouldBeError(HttpStatusCode.InternalServerError, "Failed to create instance");
        failed.HasHeader("X-RateLimit-Limit").Should().BeTrue();
        ok.Status.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task FailNext_twice_fails_the_next_two_requests_and_matches_route_templates()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        h.Server.FailNext("POST /api/instance/settings/{instance}", FakeFault.Status(503));
        h.Server.FailNext("POST /api/instance/settings/{instance}", FakeFault.Status(503));

        var results = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            results.Add((await h.PostAsync("/api/instance/settings/sales", h.Account, """{"ignoreStatus":true}""")).Status);
        }

        results.Should().Equal(HttpStatusCode.ServiceUnavailable, HttpStatusCode.ServiceUnavailable, HttpStatusCode.OK);
    }

    [Fact]
    public async Task FailNext_429_sets_reset_about_one_second_ahead()
    {
        await using var h = await Harness.StartAsync();
        h.Server.FailNext("GET /api/instance/list", FakeFault.Status(429));

        var r = await h.GetAsync("/api/instance/list", h.Account);

        r.ShouldBeError(HttpStatusCode.TooManyRequests, "Rate limit exceeded. Try again later.");
        r.Header("X-RateLimit-Remaining").Should().Be("0");
        long.Parse(r.Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture).Should().Be(Harness.Start.ToUnixTimeSeconds() + 1);
    }

    [Fact]
    public async Task FailNext_429_rounds_its_reset_up_to_a_whole_second_like_the_limiter()
    {
        await using var h = await Harness.StartAsync();
        h.Time.Advance(TimeSpan.FromMilliseconds(600));
        h.Server.FailNext("GET /api/instance/list", FakeFault.Status(429));

        var r = await h.GetAsync("/api/instance/list", h.Account);

        long.Parse(r.Header("X-RateLimit-Reset"), CultureInfo.InvariantCulture).Should().Be(Harness.Start.ToUnixTimeSeconds() + 2);
    }

    [Fact]
    public async Task FailNext_connection_reset_aborts_the_connection()
    {
        await using var h = await Harness.StartAsync();
        h.Server.FailNext("/api/instance/list", FakeFault.ConnectionReset());

        var act = () => h.GetAsync("/api/instance/list", h.Account);

        await act.Should().ThrowAsync<HttpRequestException>();
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FailNext_delay_waits_then_answers_normally()
    {
        await using var h = await Harness.StartAsync(o => o.TimeProvider = TimeProvider.System);
        h.Server.FailNext("GET /api/instance/list", FakeFault.Delayed(TimeSpan.FromMilliseconds(300)));

        var watch = Stopwatch.StartNew();
        var r = await h.GetAsync("/api/instance/list", h.Account);

        watch.Elapsed.Should().BeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(250));
        r.Status.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task FailNext_delay_is_cut_short_when_the_client_gives_up()
    {
        await using var h = await Harness.StartAsync(o => o.TimeProvider = TimeProvider.System);
        h.Server.FailNext("GET /api/instance/list", FakeFault.Delayed(TimeSpan.FromMinutes(5)));
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));

        var act = () => h.Http.GetAsync("api/instance/list", cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
        (await h.GetAsync("/api/instance/list", h.Account)).Status.Should().Be(HttpStatusCode.OK);
    }

    [Theory]
    [InlineData(nameof(FakeFault.Delayed))]
    [InlineData(nameof(FakeFault.SlowBody))]
    public async Task Disposing_the_server_drops_a_request_held_in_a_fault_at_once(string fault)
    {
        await using var h = await Harness.StartAsync();
        var tenMinutes = TimeSpan.FromMinutes(10);
        h.Server.FailNext("GET /api/instance/list", fault == nameof(FakeFault.Delayed) ? FakeFault.Delayed(tenMinutes) : FakeFault.SlowBody(tenMinutes));
        var pending = h.GetAsync("/api/instance/list", h.Account);
        await h.WaitUntilReceivedAsync();

        // Real time on purpose: this measures a real host shutdown, which used to wait its 30 s timeout.
        var watch = Stopwatch.StartNew();
        await h.Server.DisposeAsync();
        watch.Stop();

        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
        await FluentActions.Awaiting(() => pending).Should().ThrowAsync<HttpRequestException>();
    }

    [Fact]
    public async Task Random_faults_answer_429_or_503_at_the_configured_ratio()
    {
        await using var h = await Harness.StartAsync(o =>
        {
            o.RateLimitEnabled = false;
            o.RandomFaults = new FakeRandomFaults { TooManyRequestsRatio = 0.3, ServiceUnavailableRatio = 0.2, Seed = 1 };
        });

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 200; i++)
        {
            statuses.Add((await h.GetAsync("/api/instance/list", h.Account)).Status);
        }

        statuses.Count(s => s == HttpStatusCode.TooManyRequests).Should().BeInRange(40, 80);
        statuses.Count(s => s == HttpStatusCode.ServiceUnavailable).Should().BeInRange(20, 60);
        statuses.Count(s => s == HttpStatusCode.OK).Should().BeInRange(70, 130);
    }
}
