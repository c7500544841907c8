using Microsoft.Extensions.Time.Testing;
using RyzeApi.Client.Http;

namespace RyzeApi.Client.Tests.Http;

/// <summary>The gate keeps one window per bucket and token; while no window is recorded it does not read the token at all.</summary>
public sealed class RateLimitGateTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 26, 9, 0, 0, TimeSpan.Zero));
    private readonly RateLimitGate _gate;

    public RateLimitGateTests() => _gate = new RateLimitGate(_time);

    [Fact]
    public void A_closed_window_holds_back_only_its_own_token_and_bucket()
    {
        using var sales = WithToken("token-sales");
        using var support = WithToken("token-support");

        _gate.Close(RyzeOperation.GlobalBucket, sales, TimeSpan.FromSeconds(10));

        _gate.RemainingWait(RyzeOperation.GlobalBucket, sales).Should().Be(TimeSpan.FromSeconds(10));
        _gate.RemainingWait(RyzeOperation.GlobalBucket, support).Should().Be(TimeSpan.Zero);
        _gate.RemainingWait(RyzeOperation.CreateBucket, sales).Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public void An_expired_window_opens_and_a_later_close_holds_back_again()
    {
        using var request = WithToken("token-sales");
        _gate.Close(RyzeOperation.GlobalBucket, request, TimeSpan.FromSeconds(10));
        _time.Advance(TimeSpan.FromSeconds(10));

        _gate.RemainingWait(RyzeOperation.GlobalBucket, request).Should().Be(TimeSpan.Zero, "the reset has come");

        _gate.Close(RyzeOperation.GlobalBucket, request, TimeSpan.FromSeconds(5));
        _gate.RemainingWait(RyzeOperation.GlobalBucket, request).Should().Be(TimeSpan.FromSeconds(5), "the expired window was forgotten, not the gate");
    }

    [Fact]
    public void A_shorter_close_does_not_shorten_a_longer_window()
    {
        using var request = WithToken("token-sales");

        _gate.Close(RyzeOperation.GlobalBucket, request, TimeSpan.FromSeconds(30));
        _gate.Close(RyzeOperation.GlobalBucket, request, TimeSpan.FromSeconds(5));

        _gate.RemainingWait(RyzeOperation.GlobalBucket, request).Should().Be(TimeSpan.FromSeconds(30));
    }

    private static HttpRequestMessage WithToken(string token)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/instance/list");
        request.Headers.TryAddWithoutValidation("token", token);
        return request;
    }
}
