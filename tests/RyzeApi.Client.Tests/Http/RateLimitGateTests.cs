using System.Globalization;
using System.Net;
using Microsoft.Extensions.Time.Testing;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.Tests.Http;

/// <summary>The gate keeps, per bucket and token, the values RyzeAPI last sent and the window a used-up answer closed.</summary>
public sealed class RateLimitGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly RateLimitGate _gate;

    public RateLimitGateTests() => _gate = new RateLimitGate(_time);

    [Fact]
    public void A_used_up_window_holds_back_only_its_own_token_and_bucket_until_its_reset()
    {
        using var sales = WithToken("token-sales");
        using var support = WithToken("token-support");

        _gate.Record(RyzeOperation.GlobalBucket, sales, Answer(HttpStatusCode.OK, remaining: 0, resetIn: TimeSpan.FromSeconds(10)));

        _gate.RemainingWait(RyzeOperation.GlobalBucket, sales).Should().Be(TimeSpan.FromSeconds(10));
        _gate.RemainingWait(RyzeOperation.GlobalBucket, support).Should().Be(TimeSpan.Zero);
        _gate.RemainingWait(RyzeOperation.CreateBucket, sales).Should().Be(TimeSpan.Zero);
        _gate.Last("token-sales", RyzeOperation.GlobalBucket).Should().Be(
            new RateLimitInfo { Limit = 100, Remaining = 0, ResetsAt = _time.GetUtcNow().AddSeconds(10) });
        _gate.Last("token-support", RyzeOperation.GlobalBucket).Should().BeNull();
    }

    [Fact]
    public void An_expired_window_opens_and_a_later_used_up_answer_holds_back_again()
    {
        using var request = WithToken("token-sales");
        _gate.Record(RyzeOperation.GlobalBucket, request, Answer(HttpStatusCode.OK, remaining: 0, resetIn: TimeSpan.FromSeconds(10)));
        _time.Advance(TimeSpan.FromSeconds(10));

        _gate.RemainingWait(RyzeOperation.GlobalBucket, request).Should().Be(TimeSpan.Zero, "the reset has come");

        _gate.Record(RyzeOperation.GlobalBucket, request, Answer(HttpStatusCode.TooManyRequests, remaining: 0, resetIn: TimeSpan.FromSeconds(5)));
        _gate.RemainingWait(RyzeOperation.GlobalBucket, request).Should().Be(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_shorter_close_does_not_shorten_a_longer_window_and_an_answer_with_requests_left_opens_nothing()
    {
        using var request = WithToken("token-sales");

        _gate.Record(RyzeOperation.GlobalBucket, request, Answer(HttpStatusCode.OK, remaining: 0, resetIn: TimeSpan.FromSeconds(30)));
        _gate.Record(RyzeOperation.GlobalBucket, request, Answer(HttpStatusCode.TooManyRequests, remaining: 0, resetIn: TimeSpan.FromSeconds(5)));
        _gate.Record(RyzeOperation.GlobalBucket, request, Answer(HttpStatusCode.OK, remaining: 7, resetIn: TimeSpan.FromSeconds(60)));

        _gate.RemainingWait(RyzeOperation.GlobalBucket, request).Should().Be(TimeSpan.FromSeconds(30));
        _gate.Last("token-sales", RyzeOperation.GlobalBucket)!.Remaining.Should().Be(7);
    }

    private static HttpRequestMessage WithToken(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/instance/list");
        request.Headers.TryAddWithoutValidation("token", token);
        return request;
    }

    private HttpResponseMessage Answer(HttpStatusCode status, int remaining, TimeSpan resetIn)
    {
        var response = new HttpResponseMessage(status);
        response.Headers.Date = _time.GetUtcNow();
        response.Headers.TryAddWithoutValidation("X-RateLimit-Limit", "100");
        response.Headers.TryAddWithoutValidation("X-RateLimit-Remaining", remaining.ToString(CultureInfo.InvariantCulture));
        response.Headers.TryAddWithoutValidation("X-RateLimit-Reset", _time.GetUtcNow().Add(resetIn).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture));
        return response;
    }
}
