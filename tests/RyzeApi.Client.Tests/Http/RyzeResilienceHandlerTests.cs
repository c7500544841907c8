using System.Diagnostics;
using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Http;

/// <summary>Rate limits and retries on idempotent calls, all on fake time.</summary>
public sealed partial class RyzeResilienceHandlerTests : IDisposable
{
    private const string ListPath = "/api/instance/list";
    private const string EmptyList = """{"success":true,"instances":[]}""";
    private readonly RyzeTestServer _server = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = FakeClock.Create();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_429_with_Retry_After_2_is_resent_after_exactly_2_seconds_of_fake_time()
    {
        _server.Server.RespondInSequence(ListPath, Json(429).WithHeader("Retry-After", "2"), Json(200, EmptyList));
        var call = Client().Instances.ListAsync();

        await _server.Server.WaitForAnswersAsync(_time, 1);
        _time.Advance(TimeSpan.FromSeconds(1.9));
        await Task.Delay(50);
        _server.Requests.Should().HaveCount(1, "1.9 s is not yet the 2 s the server asked for");
        _time.Advance(TimeSpan.FromSeconds(0.1));

        (await call.Released()).Should().BeEmpty();
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_429_with_only_a_reset_header_waits_until_the_reset_measured_on_the_servers_clock()
    {
        // The server's clock runs an hour ahead of ours: only reset minus the server's Date is meaningful.
        var serverNow = _time.GetUtcNow().AddHours(1);
        var limited = Json(429, """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""")
            .WithHeader(ServerDateHandler.TestDateHeader, serverNow.ToString("r", System.Globalization.CultureInfo.InvariantCulture))
            .WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", serverNow.AddSeconds(5).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
        _server.Server.RespondInSequence(ListPath, limited, Json(200, EmptyList));
        var call = Client().Instances.ListAsync();

        await _server.Server.WaitForAnswersAsync(_time, 1);
        _time.Advance(TimeSpan.FromSeconds(4.9));
        await Task.Delay(50);
        _server.Requests.Should().HaveCount(1);
        _time.Advance(TimeSpan.FromSeconds(0.1));

        (await call.Released()).Should().BeEmpty();
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_reset_ten_minutes_away_fails_at_once_with_the_reset_time()
    {
        var reset = _time.UnixSeconds(TimeSpan.FromMinutes(10));
        _server.Server.RespondInSequence(ListPath, Json(429, """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""")
            .WithHeader("X-RateLimit-Limit", "100").WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", $"{reset}"));

        var act = () => Client().Instances.ListAsync().Released();

        var thrown = (await act.Should().ThrowAsync<RyzeRateLimitException>()).Which;
        thrown.RetryAfter.Should().Be(TimeSpan.FromMinutes(10));
        thrown.RateLimit!.ResetsAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(reset));
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_429_that_keeps_coming_surfaces_as_a_rate_limit_exception_after_the_retries()
    {
        _server.Server.RespondInSequence(ListPath, Json(429).WithHeader("Retry-After", "1"));
        var client = Client(o => o.MaxRetries = 2);

        var act = () => _time.DriveAsync(client.Instances.ListAsync(), TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1));

        (await act.Should().ThrowAsync<RyzeRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromSeconds(1));
        _server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task An_idempotent_get_answered_503_503_200_succeeds_on_the_third_attempt()
    {
        _server.Server.RespondInSequence(ListPath, Json(503), Json(503), Json(200, EmptyList));

        var listed = await _time.DriveAsync(Client().Instances.ListAsync(), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        listed.Should().BeEmpty();
        _server.Requests.Should().HaveCount(3);
    }

    [Fact]
    public async Task A_read_answered_501_is_sent_once_and_reports_that_it_was_not_processed()
    {
        _server.Server.RespondInSequence(ListPath, Json(501, """{"success":false,"error":{"message":"Not supported"}}"""));

        var act = () => _time.DriveAsync(Client().Instances.ListAsync(), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        var thrown = (await act.Should().ThrowAsync<RyzeServerException>()).Which;
        thrown.StatusCode.Should().Be(System.Net.HttpStatusCode.NotImplemented);
        thrown.MayHaveBeenProcessed.Should().BeFalse("501 means the server does not support the operation, so it did not perform it");
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task An_idempotent_post_of_settings_answered_503_is_retried()
    {
        const string path = "/api/instance/settings/sales";
        _server.Server.RespondInSequence(path, Json(503), Json(200, """{"success":true,"settings":{"autoRejectCalls":true}}"""));

        var settings = await _time.DriveAsync(
            Client().Instances.UpdateSettingsAsync("sales", new InstanceSettingsPatch { AutoRejectCalls = true }), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        settings.AutoRejectCalls.Should().BeTrue();
        _server.Requests.Should().HaveCount(2);
        _server.Requests.Select(r => r.RequestMessage.Body).Distinct().Should().ContainSingle("the retry resends the same body");
    }

    [Fact]
    public async Task Cancelling_during_a_30_second_rate_limit_wait_ends_the_call_promptly()
    {
        _server.Server.RespondInSequence(ListPath, Json(429).WithHeader("Retry-After", "30"));
        using var cancel = new CancellationTokenSource();
        var call = Client().Instances.ListAsync(cancel.Token);
        await _server.Server.WaitForAnswersAsync(_time, 1);

        var clock = Stopwatch.StartNew();
        await cancel.CancelAsync();
        var act = () => call;

        await act.Should().ThrowAsync<OperationCanceledException>();
        clock.ElapsedMilliseconds.Should().BeLessThan(100);
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task After_remaining_0_the_next_call_with_that_token_waits_for_the_reset()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, EmptyList).WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", $"{_time.UnixSeconds(TimeSpan.FromSeconds(10))}"));
        var client = Client();
        await client.Instances.ListAsync().Released();

        var next = client.Instances.ListAsync();
        await Task.Delay(100);
        _server.Requests.Should().HaveCount(1, "the window is used up until the reset");
        _time.Advance(TimeSpan.FromSeconds(10));

        await next.Released();
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task An_exhausted_create_bucket_does_not_hold_back_other_calls()
    {
        _server.Server.RespondInSequence("/api/instance/new", Json(201, """{"success":true,"instance":{"name":"sales","token":"a1b2"}}""")
            .WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", $"{_time.UnixSeconds(TimeSpan.FromSeconds(30))}"));
        _server.Server.RespondInSequence(ListPath, Json(200, EmptyList));
        var client = Client();
        await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" }).Released();

        await client.Instances.ListAsync().Released();

        _server.Requests.Should().HaveCount(2, "create has its own 20/min bucket");
    }

    [Fact]
    public async Task With_throttling_off_the_next_call_is_sent_at_once()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, EmptyList).WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", $"{_time.UnixSeconds(TimeSpan.FromSeconds(10))}"));
        var client = Client(o => o.ThrottleWhenRateLimited = false);

        await client.Instances.ListAsync().Released();
        await client.Instances.ListAsync().Released();

        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_window_closed_longer_than_the_max_wait_fails_without_sending_and_says_when_it_reopens()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, EmptyList).WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", $"{_time.UnixSeconds(TimeSpan.FromMinutes(5))}"));
        var client = Client();
        await client.Instances.ListAsync().Released();

        var act = () => client.Instances.ListAsync().Released();

        var refused = (await act.Should().ThrowAsync<RyzeRateLimitException>()).Which;
        refused.RetryAfter.Should().Be(TimeSpan.FromMinutes(5));
        refused.RateLimit!.Remaining.Should().Be(0);
        refused.RateLimit.ResetsAt.Should().BeCloseTo(_time.GetUtcNow().AddMinutes(5), TimeSpan.FromSeconds(1));
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_window_closed_until_the_year_9999_refuses_the_next_call_as_rate_limited_for_at_most_a_day()
    {
        _server.Server.RespondInSequence(ListPath, Json(200, EmptyList).WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", "253402300799"));
        var client = Client();
        await client.Instances.ListAsync().Released();

        var act = () => client.Instances.ListAsync().Released();

        (await act.Should().ThrowAsync<RyzeRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromDays(1));
        _server.Requests.Should().HaveCount(1, "the window is closed: the call was not sent");
    }

    [Fact]
    public async Task A_429_whose_reset_is_millennia_after_the_servers_date_is_rate_limited_not_a_connection_failure()
    {
        _server.Server.RespondInSequence(ListPath, Json(429, """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""")
            .WithHeader(ServerDateHandler.TestDateHeader, "Mon, 01 Jan 0001 00:00:00 GMT")
            .WithHeader("X-RateLimit-Remaining", "0").WithHeader("X-RateLimit-Reset", "253402300799"));

        var act = () => Client().Instances.ListAsync().Released();

        (await act.Should().ThrowAsync<RyzeRateLimitException>()).Which.RetryAfter.Should().Be(TimeSpan.FromDays(1));
    }

    private RyzeClient Client(Action<RyzeClientOptions>? configure = null) => ServerDateHandler.CreateClient(_server, _time, configure);
}
