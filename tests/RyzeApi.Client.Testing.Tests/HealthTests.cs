using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class HealthTests
{
    [Fact]
    public async Task Health_answers_the_documented_body_without_a_token_and_outside_the_rate_limit()
    {
        await using var h = await Harness.StartAsync(o => o.RateLimitPerMinute = 1);
        await h.GetAsync("/api/instance/list", h.Account);

        var health = await h.GetAsync("/health", null);

        health.Status.Should().Be(HttpStatusCode.OK);
        health.HasHeader("X-RateLimit-Remaining").Should().BeFalse();
        health.Json["status"]!.GetValue<string>().Should().Be("ok");
        health.Json["service"]!.GetValue<string>().Should().Be("RyzeAPI");
        health.Json["checks"]!["db"]!.GetValue<string>().Should().Be("ok");
        health.Json["timestamp"]!.GetValue<string>().Should().Be("2026-04-28T10:30:00Z");
    }
}
