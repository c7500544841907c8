using RyzeApi.Client.Testing;
using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Http;

/// <summary>
/// An answer whose body is cut off after its headers: the handler has already returned it, so the transport decides.
/// A plain read is sent once more; anything else fails as a dropped connection, sent once.
/// </summary>
public sealed class RyzeTransportTests
{
    private const string Connected = """{"success":true,"message":"QR code generated","qrcode":"2@abc","base64":"data:image/png;base64,iVBORw0KGgo="}""";

    [Fact]
    public async Task A_read_whose_body_is_cut_after_its_headers_is_read_again_with_one_new_request()
    {
        using var server = new RawTcpServer(n => Answer(RawTcpServer.Ok(DocumentedAnswers.Settings, cut: n == 0)));
        using var telemetry = new TelemetryCapture();
        var client = new RyzeClient(Options(server), TimeProvider.System, telemetry.Loggers);

        var settings = await client.Instances.GetSettingsAsync("sales");

        settings.DisableHistorySync.Should().BeTrue();
        server.Accepted.Should().Be(2);
        telemetry.Logs.Should().ContainSingle(r => r.Id.Id == 12).Which.Message.Should()
            .Be("RyzeAPI GET /api/instance/getSettings/{instance}: the answer's body was cut off (HttpIOException); reading it again with a new request");
    }

    [Fact]
    public async Task A_read_cut_off_every_time_fails_as_a_dropped_connection_after_one_new_request()
    {
        using var server = new RawTcpServer(_ => Answer(RawTcpServer.Ok(DocumentedAnswers.Settings, cut: true)));
        var client = new RyzeClient(Options(server));

        var act = () => client.Instances.GetSettingsAsync("sales");

        (await act.Should().ThrowAsync<RyzeConnectionException>()).Which.IsTimeout.Should().BeFalse();
        server.Accepted.Should().Be(2);
    }

    [Fact]
    public async Task An_update_whose_answer_is_cut_off_is_not_sent_again()
    {
        using var server = new RawTcpServer(_ => Answer(RawTcpServer.Ok(DocumentedAnswers.Settings, cut: true)));
        var client = new RyzeClient(Options(server));

        var act = () => client.Instances.UpdateSettingsAsync("sales", new InstanceSettingsPatch { AutoReadMessages = true });

        (await act.Should().ThrowAsync<RyzeConnectionException>()).Which.MayHaveBeenProcessed.Should().BeTrue();
        server.Accepted.Should().Be(1, "the update reached the server; only reads are repeated");
    }

    [Fact]
    public async Task A_connect_whose_answer_is_cut_off_is_not_sent_again()
    {
        using var server = new RawTcpServer(_ => Answer(RawTcpServer.Ok(Connected, cut: true)));
        var client = new RyzeClient(Options(server));

        var act = () => client.Instances.ConnectAsync("sales");

        await act.Should().ThrowAsync<RyzeConnectionException>();
        server.Accepted.Should().Be(1, "connect is never resent");
    }

    [Fact]
    public async Task With_retries_off_a_read_whose_body_is_cut_is_not_sent_again()
    {
        using var server = new RawTcpServer(n => Answer(RawTcpServer.Ok(DocumentedAnswers.Settings, cut: n == 0)));
        var client = new RyzeClient(Options(server, o => o.MaxRetries = 0));

        var act = () => client.Instances.GetSettingsAsync("sales");

        await act.Should().ThrowAsync<RyzeConnectionException>();
        server.Accepted.Should().Be(1);
    }

    [Fact]
    public async Task The_new_request_must_end_within_what_is_left_of_the_calls_total_timeout()
    {
        var firstAnswer = new TaskCompletionSource();
        using var server = new RawTcpServer(async n =>
        {
            if (n > 0)
            {
                return null; // the new request is never answered
            }

            await firstAnswer.Task;
            return RawTcpServer.Ok(DocumentedAnswers.Settings, cut: true);
        });
        var time = Create();
        var client = new RyzeClient(Options(server, o => (o.AttemptTimeout, o.TotalTimeout) = (TimeSpan.FromMinutes(20), TimeSpan.FromMinutes(20))), time);
        var call = client.Instances.GetSettingsAsync("sales");
        await WaitUntilAsync(() => server.Accepted == 1, "the read should have been sent");

        time.Advance(TimeSpan.FromMinutes(15));
        firstAnswer.SetResult();
        await WaitUntilAsync(() => server.Accepted == 2, "the cut read should have been sent again");
        time.Advance(TimeSpan.FromMinutes(6)); // past the call's 20 minutes; the new request's own attempt has 14 left
        var act = () => call.Released();

        var thrown = (await act.Should().ThrowAsync<RyzeConnectionException>()).Which;
        thrown.IsTimeout.Should().BeTrue();
        (thrown.Method, thrown.Path).Should().Be(("GET", "/api/instance/getSettings/sales"));
        server.Accepted.Should().Be(2);
    }

    [Fact]
    public async Task Cancelling_while_the_read_is_sent_again_throws_with_the_callers_token()
    {
        using var server = new RawTcpServer(n => n == 0 ? Answer(RawTcpServer.Ok(DocumentedAnswers.Settings, cut: true)) : Task.FromResult<byte[]?>(null));
        var client = new RyzeClient(Options(server));
        using var cancellation = new CancellationTokenSource();
        var call = client.Instances.GetSettingsAsync("sales", cancellation.Token);
        await WaitUntilAsync(() => server.Accepted == 2, "the cut read should have been sent again");

        await cancellation.CancelAsync();
        var act = () => call.Released();

        (await act.Should().ThrowAsync<OperationCanceledException>()).Which.CancellationToken.Should().Be(cancellation.Token);
    }

    [Fact]
    public async Task A_connect_whose_body_is_slow_may_use_its_connect_timeout_even_when_the_total_timeout_is_shorter()
    {
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { RateLimitEnabled = false });
        var time = FakeClock.Create();
        var client = new RyzeClient(new RyzeClientOptions
        {
            BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken,
            AttemptTimeout = TimeSpan.FromSeconds(30), TotalTimeout = TimeSpan.FromSeconds(30), ConnectTimeout = TimeSpan.FromSeconds(75),
        }, time);
        await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" });
        fake.FailNext("GET /api/instance/connect/{instance}", FakeFault.SlowBody(TimeSpan.FromSeconds(2)));

        var call = client.Instances.ConnectAsync("sales");
        await Task.Delay(500); // the headers are in; half the body stalls
        time.Advance(TimeSpan.FromSeconds(40)); // past TotalTimeout, within ConnectTimeout

        var act = () => call.WaitAsync(TimeSpan.FromSeconds(10));
        await act.Should().NotThrowAsync("a connect's body may take as long as the connect's own timeout");
    }

    private static Task<byte[]?> Answer(byte[] bytes) => Task.FromResult<byte[]?>(bytes);

    private static RyzeClientOptions Options(RawTcpServer server, Action<RyzeClientOptions>? configure = null)
    {
        var options = new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken };
        configure?.Invoke(options);
        return options;
    }
}
