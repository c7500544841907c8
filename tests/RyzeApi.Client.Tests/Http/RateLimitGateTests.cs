using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.Tests.Http;

/// <summary>
/// The gate keeps one window per bucket and token: the values RyzeAPI last sent, and the requests sent counted against the
/// permits the server reported, so callers stop at the last one and wait for the reset.
/// </summary>
public sealed class RateLimitGateTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 26, 9, 0, 0, TimeSpan.Zero);
    private readonly FakeTimeProvider _time = new(Start);
    private readonly RateLimitGate _gate;

    public RateLimitGateTests() => _gate = new RateLimitGate(_time);

    [Fact]
    public void A_used_up_window_holds_back_only_its_own_token_and_bucket()
    {
        using var sales = WithToken("token-sales");
        using var support = WithToken("token-support");
        Enter(sales, out var ticket).Should().BeTrue();

        _gate.Record(RyzeOperation.GlobalBucket, sales, ticket, _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 0, resetIn: 10));

        Enter(sales, out _, out var wait).Should().BeFalse();
        wait.Should().Be(TimeSpan.FromSeconds(10));
        Enter(support, out _).Should().BeTrue();
        _gate.TryEnter(RyzeOperation.CreateBucket, sales, out _, out _).Should().BeTrue();
        _gate.Last("token-sales", RyzeOperation.GlobalBucket).Should().Be(
            new RateLimitInfo { Limit = 50, Remaining = 0, ResetsAt = Start.AddSeconds(10) });
        _gate.Last("token-support", RyzeOperation.GlobalBucket).Should().BeNull();
    }

    [Fact]
    public void Concurrent_callers_stop_at_the_last_permit_counting_the_requests_still_in_flight()
    {
        using var request = WithToken("token-sales");
        var tickets = new long[5];
        for (var i = 0; i < tickets.Length; i++)
        {
            Enter(request, out tickets[i]).Should().BeTrue("nothing is known of the window before its first answer");
        }

        // The first request's answer: 7 left, but the 4 sent after it may not have been counted yet.
        _gate.Record(RyzeOperation.GlobalBucket, request, tickets[0], _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 7, resetIn: 5));

        var admitted = 0;
        while (Enter(request, out _))
        {
            admitted++;
        }

        admitted.Should().Be(3, "7 permits less the 4 requests in flight");
        _gate.Last("token-sales", RyzeOperation.GlobalBucket)!.Remaining.Should().Be(7, "the values as the server sent them");
        Enter(request, out _, out var wait).Should().BeFalse();
        wait.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_window_opens_again_at_its_reset_and_a_later_window_is_counted_afresh()
    {
        using var request = WithToken("token-sales");
        Enter(request, out var first).Should().BeTrue();
        _gate.Record(RyzeOperation.GlobalBucket, request, first, _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 0, resetIn: 10));
        _time.Advance(TimeSpan.FromSeconds(10));

        Enter(request, out var second).Should().BeTrue("the reset has come");
        _gate.Record(RyzeOperation.GlobalBucket, request, second, _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 1, resetIn: 15));

        Enter(request, out _).Should().BeTrue();
        Enter(request, out _, out var wait).Should().BeFalse("the new window's one permit is taken");
        wait.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_429_closes_the_window_and_a_shorter_one_does_not_shorten_it()
    {
        using var request = WithToken("token-sales");
        Enter(request, out var first).Should().BeTrue();
        Enter(request, out var second).Should().BeTrue();

        _gate.Record(RyzeOperation.GlobalBucket, request, first, _time.GetUtcNow(), Answer(HttpStatusCode.TooManyRequests, remaining: 0, resetIn: 30));
        _gate.Record(RyzeOperation.GlobalBucket, request, second, _time.GetUtcNow(), Answer(HttpStatusCode.TooManyRequests, remaining: 0, resetIn: 30, retryAfter: 5));

        Enter(request, out _, out var wait).Should().BeFalse();
        wait.Should().Be(TimeSpan.FromSeconds(30));
    }

    [Fact]
    public void A_window_its_first_request_opened_ends_whole_seconds_after_that_request_not_at_the_rounded_up_reset()
    {
        using var request = WithToken("token-sales");
        _time.Advance(TimeSpan.FromMilliseconds(300));
        Enter(request, out var opening).Should().BeTrue();
        Enter(request, out var last).Should().BeTrue();

        // A 5 s window opened at :00.300 ends at :05.300; the header says :06, the whole second after it. The answers come back
        // in any order.
        _gate.Record(RyzeOperation.GlobalBucket, request, last, _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 0, resetIn: 6));
        _gate.Record(RyzeOperation.GlobalBucket, request, opening, _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 49, resetIn: 6));

        Enter(request, out _, out var wait).Should().BeFalse();
        wait.Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void After_an_estimated_end_proves_early_the_gate_waits_for_the_reset_header_again()
    {
        using var request = WithToken("token-sales");
        _time.Advance(TimeSpan.FromMilliseconds(300));
        Enter(request, out var opening).Should().BeTrue();
        _gate.Record(RyzeOperation.GlobalBucket, request, opening, _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 49, resetIn: 6));
        _time.Advance(TimeSpan.FromSeconds(5));
        Enter(request, out var early).Should().BeTrue();

        // This server's windows are clock-aligned: the window had not ended.
        _gate.Record(RyzeOperation.GlobalBucket, request, early, _time.GetUtcNow(), Answer(HttpStatusCode.TooManyRequests, remaining: 0, resetIn: 6));
        Enter(request, out _, out var wait).Should().BeFalse();
        wait.Should().Be(TimeSpan.FromSeconds(0.7));
        _time.Advance(wait);
        Enter(request, out var next).Should().BeTrue();
        _gate.Record(RyzeOperation.GlobalBucket, request, next, _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 49, resetIn: 12));
        _gate.Record(RyzeOperation.GlobalBucket, request, next, _time.GetUtcNow(), Answer(HttpStatusCode.OK, remaining: 0, resetIn: 12));

        Enter(request, out _, out wait).Should().BeFalse();
        wait.Should().Be(TimeSpan.FromSeconds(6), "no estimate any more: the reset header, 12 s after the minute");
    }

    [Fact]
    public void Within_the_Date_headers_second_the_reset_is_measured_on_this_machines_finer_clock()
    {
        using var request = WithToken("token-sales");
        _time.Advance(TimeSpan.FromMilliseconds(700));
        Enter(request, out var ticket).Should().BeTrue();
        var answer = Answer(HttpStatusCode.OK, remaining: 0, resetIn: 5);
        answer.Headers.Date = Start; // whole seconds: 700 ms behind this clock

        _gate.Record(RyzeOperation.GlobalBucket, request, ticket, _time.GetUtcNow(), answer);

        Enter(request, out _, out var wait).Should().BeFalse();
        wait.Should().Be(TimeSpan.FromSeconds(4.3), "the reset is 5 s after the minute, 4.3 s from now");
    }

    [Fact]
    public void A_server_clock_a_minute_behind_still_counts_the_reset_from_the_servers_Date()
    {
        using var request = WithToken("token-sales");
        Enter(request, out var ticket).Should().BeTrue();
        var answer = Answer(HttpStatusCode.OK, remaining: 0, resetIn: -50);
        answer.Headers.Date = Start.AddMinutes(-1);

        _gate.Record(RyzeOperation.GlobalBucket, request, ticket, _time.GetUtcNow(), answer);

        Enter(request, out _, out var wait).Should().BeFalse();
        wait.Should().Be(TimeSpan.FromSeconds(10));
    }

    private bool Enter(HttpRequestMessage request, out long ticket) => _gate.TryEnter(RyzeOperation.GlobalBucket, request, out ticket, out _);

    private bool Enter(HttpRequestMessage request, out long ticket, out TimeSpan wait) => _gate.TryEnter(RyzeOperation.GlobalBucket, request, out ticket, out wait);

    private static HttpResponseMessage Answer(HttpStatusCode status, int remaining, int resetIn, int? retryAfter = null)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "50");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", Start.AddSeconds(resetIn).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        if (retryAfter is { } seconds)
        {
            response.Headers.RetryAfter = new System.Net.Http.Headers.RetryConditionHeaderValue(TimeSpan.FromSeconds(seconds));
        }

        return response;
    }

    private static HttpRequestMessage WithToken(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/instance/list");
        request.Headers.TryAddWithoutValidation("token", token);
        return request;
    }
}
