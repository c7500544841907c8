using System.Net;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

public sealed class OptionsTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public async Task StartAsync_rejects_a_blank_account_token(string token)
    {
        var act = () => FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { AccountToken = token });

        await act.Should().ThrowAsync<ArgumentException>();
    }

    [Fact]
    public async Task StartAsync_rejects_a_zero_rate_limit()
    {
        var act = () => FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitPerMinute = 0 });

        await act.Should().ThrowAsync<ArgumentOutOfRangeException>();
    }

    [Fact]
    public async Task StartAsync_rejects_a_zero_rate_limit_window_naming_it()
    {
        var act = () => FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitWindow = TimeSpan.Zero });

        (await act.Should().ThrowAsync<ArgumentOutOfRangeException>()).Which.ParamName.Should().Be("RateLimitWindow");
    }

    [Fact]
    public async Task A_fixed_port_is_honoured()
    {
        await using var first = await FakeRyzeServer.StartAsync();
        var port = first.BaseAddress.Port;
        await first.DisposeAsync();

        await using var second = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { Port = port });

        second.BaseAddress.Should().Be(new Uri($"http://127.0.0.1:{port}/"));
    }

    [Fact]
    public async Task A_wrong_method_answers_405_in_the_error_envelope()
    {
        await using var h = await Harness.StartAsync();

        (await h.GetAsync("/api/instance/new", h.Account)).ShouldBeError(HttpStatusCode.MethodNotAllowed, "Method not allowed");
    }

    [Fact]
    public async Task FailNext_status_with_delay_waits_then_fails()
    {
        await using var h = await Harness.StartAsync();
        h.Server.FailNext("GET /api/instance/list", FakeFault.Status(503, delay: TimeSpan.FromSeconds(10)));

        var pending = h.GetAsync("/api/instance/list", h.Account);
        await h.WaitUntilReceivedAsync();
        pending.IsCompleted.Should().BeFalse();
        for (var i = 0; i < 20 && !pending.IsCompleted; i++)
        {
            // Advancing in steps tolerates the delay timer being registered a moment after the request was recorded.
            h.Time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(20);
        }

        (await pending).ShouldBeError(HttpStatusCode.ServiceUnavailable, "Service unavailable");
    }
}
