using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Http;

// When the handler sends again, how often, and when it gives up: attempts, backoff and the call's budget.
public sealed partial class RyzeResilienceHandlerTests
{
    [Fact]
    public async Task A_read_whose_connection_keeps_resetting_is_sent_once_plus_MaxRetries_times()
    {
        using var resetting = new RawTcpServer(reset: true);
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = resetting.BaseAddress, AccountToken = RyzeTestServer.AccountToken, MaxRetries = 2, RetryBaseDelay = TimeSpan.FromMilliseconds(1) });

        var act = () => client.Instances.ListAsync();

        (await act.Should().ThrowAsync<RyzeConnectionException>()).Which.IsTimeout.Should().BeFalse();
        resetting.Accepted.Should().Be(3);
    }

    [Fact]
    public async Task Each_retry_of_a_503_waits_at_least_twice_as_long_as_the_one_before()
    {
        _server.Server.RespondInSequence(ListPath, Json(503), Json(503), Json(200, EmptyList));
        var call = Client(o => o.RetryBaseDelay = TimeSpan.FromSeconds(1)).Instances.ListAsync();

        await _server.Server.WaitForAnswersAsync(_time, 1);
        _time.Advance(TimeSpan.FromSeconds(1)); // first backoff: 0.5 to 1 s
        await _server.Server.WaitForAnswersAsync(_time, 2);
        _time.Advance(TimeSpan.FromSeconds(1) - TimeSpan.FromTicks(1)); // second backoff: 1 to 2 s
        await Task.Delay(100);
        _server.Requests.Should().HaveCount(2);
        _time.Advance(TimeSpan.FromSeconds(1));

        (await call.Released()).Should().BeEmpty();
        _server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_429_whose_wait_is_already_over_is_resent_after_a_backoff_not_at_once()
    {
        _server.Server.RespondInSequence(ListPath, Json(429).WithHeader("Retry-After", "0"), Json(200, EmptyList));
        var call = Client(o => o.RetryBaseDelay = TimeSpan.FromSeconds(1)).Instances.ListAsync();

        await _server.Server.WaitForAnswersAsync(_time, 1);
        await Task.Delay(100);
        _server.Requests.Should().HaveCount(1, "a wait already over backs off instead of hammering the server");
        _time.Advance(TimeSpan.FromSeconds(1));

        (await call.Released()).Should().BeEmpty();
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_attempt_after_a_rate_limit_wait_times_out_when_the_calls_total_timeout_runs_out()
    {
        var exhausted = RawTcpServer.Json("200 OK", EmptyList, "X-RateLimit-Remaining: 0\r\nRetry-After: 15\r\n");
        using var server = new RawTcpServer(n => Task.FromResult<byte[]?>(n == 0 ? exhausted : null)); // the second list is never answered
        var client = Client(o => { o.BaseAddress = server.BaseAddress; o.AttemptTimeout = TimeSpan.FromSeconds(30); o.TotalTimeout = TimeSpan.FromSeconds(40); });
        await client.Instances.ListAsync().Released();

        var call = client.Instances.ListAsync();
        await Task.Delay(100);
        _time.Advance(TimeSpan.FromSeconds(15)); // the window opens; 25 s of the call's 40 s are left
        await WaitUntilAsync(() => server.Accepted == 2, "the second list should have been sent");
        await Task.Delay(100);
        _time.Advance(TimeSpan.FromSeconds(25));

        var act = () => call.Released();
        (await act.Should().ThrowAsync<RyzeConnectionException>()).Which.IsTimeout.Should().BeTrue();
    }

    [Fact]
    public async Task A_call_refused_locally_reports_the_wait_rounded_up_to_whole_seconds()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, EmptyList).WithHeader("X-RateLimit-Remaining", "0").WithHeader("Retry-After", "10"));
        var client = Client(o => o.MaxRateLimitWait = TimeSpan.FromSeconds(5));
        await client.Instances.ListAsync().Released();
        _time.Advance(TimeSpan.FromSeconds(0.5));

        var act = () => client.Instances.ListAsync().Released();

        (await act.Should().ThrowAsync<RyzeRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(10), "9.5 s are left");
        _server.Requests.Should().HaveCount(1);
    }
}
