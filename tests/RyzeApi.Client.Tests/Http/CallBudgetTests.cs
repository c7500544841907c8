using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Http;

/// <summary>What one call may spend: requests, and time for the long poll after a rate-limit wait.</summary>
public sealed class CallBudgetTests
{
    private const string Qr = """{"success":true,"message":"QR code generated","qrCode":"2@abc","status":"qr"}""";

    [Fact]
    public async Task A_read_answered_503_three_times_and_then_cut_off_sends_MaxRetries_plus_one_requests_in_all()
    {
        using var server = new RawTcpServer(n => Task.FromResult<byte[]?>(
            n < 3 ? RawTcpServer.Json("503 Service Unavailable", """{"success":false}""") : RawTcpServer.Ok(DocumentedAnswers.Settings, cut: true)));
        var client = new RyzeClient(new RyzeClientOptions
        {
            BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken, MaxRetries = 3, RetryBaseDelay = TimeSpan.FromMilliseconds(1),
        });

        var act = () => client.Instances.GetSettingsAsync("sales");

        var thrown = (await act.Should().ThrowAsync<RyzeConnectionException>()).Which;
        thrown.StatusCode.Should().Be(System.Net.HttpStatusCode.OK, "the last attempt's headers arrived, its body did not");
        server.Accepted.Should().Be(4, "the cut body was the fourth and last attempt, not the start of a new round");
    }

    [Fact]
    public async Task A_connect_answered_429_waits_and_then_gets_its_whole_long_poll()
    {
        var pollAnswered = new TaskCompletionSource();
        using var server = new RawTcpServer(async n =>
        {
            if (n == 0)
            {
                return RawTcpServer.Json("429 Too Many Requests", """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""", "Retry-After: 30\r\n");
            }

            await pollAnswered.Task;
            return RawTcpServer.Json("200 OK", Qr);
        });
        var time = Create();
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken }, time);
        var call = client.Instances.ConnectAsync("sales");
        await WaitUntilAsync(() => server.Accepted == 1, "the connect should have been sent");
        await Task.Delay(100);

        time.Advance(TimeSpan.FromSeconds(30));
        await WaitUntilAsync(() => server.Accepted == 2, "the connect should have been sent again after the wait");
        await Task.Delay(100);
        time.Advance(TimeSpan.FromSeconds(70)); // 100 s into the call: the long poll itself has had 70 of its 75 s
        await Task.Delay(100);
        pollAnswered.SetResult();

        (await call.Released()).QrCode.Should().Be("2@abc");
    }

    [Fact]
    public async Task A_connect_that_never_got_an_answer_was_not_processed()
    {
        using var silent = new RawTcpServer(reset: false);
        var time = Create();
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = silent.BaseAddress, AccountToken = RyzeTestServer.AccountToken }, time);
        var call = client.Instances.ConnectAsync("sales");
        await WaitUntilAsync(() => silent.Accepted == 1, "the connect should have been sent");
        await Task.Delay(100);

        time.Advance(TimeSpan.FromSeconds(75)); // ConnectTimeout
        var act = () => call.Released();

        var thrown = (await act.Should().ThrowAsync<RyzeConnectionException>()).Which;
        thrown.IsTimeout.Should().BeTrue();
        thrown.MayHaveBeenProcessed.Should().BeFalse("a connect has no effect unless its answer arrives");
        silent.Accepted.Should().Be(1);
    }
}
