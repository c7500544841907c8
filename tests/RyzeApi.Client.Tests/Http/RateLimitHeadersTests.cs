using System.Globalization;
using RyzeApi.Client.Tests.Errors;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Http;

/// <summary>The <c>X-RateLimit-*</c> headers at their edges: a reset already past, and the epoch itself.</summary>
public sealed class RateLimitHeadersTests : IDisposable
{
    private const string DeletePath = "/api/instance/delete/sales";
    private const string RateLimited = """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""";
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_429_whose_reset_is_already_past_reports_a_retry_after_of_zero_never_a_negative_one()
    {
        var past = DateTimeOffset.UtcNow.AddMinutes(-5).ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        _server.Respond("DELETE", DeletePath, 429, RateLimited, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", past));

        var error = await RyzeErrorFactoryTests.Catch(() => _server.Instances().DeleteAsync("sales"));

        error.Should().BeOfType<RyzeRateLimitException>().Which.RetryAfter.Should().Be(TimeSpan.Zero);
    }

    [Fact]
    public async Task A_reset_header_of_0_is_read_as_the_unix_epoch()
    {
        _server.Respond("DELETE", DeletePath, 429, RateLimited, ("X-RateLimit-Remaining", "0"), ("X-RateLimit-Reset", "0"));

        var error = await RyzeErrorFactoryTests.Catch(() => _server.Instances().DeleteAsync("sales"));

        error.Details.RateLimit!.ResetsAt.Should().Be(DateTimeOffset.UnixEpoch);
    }
}
