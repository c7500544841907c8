using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Instances;

/// <summary>DeleteAsync when its resend finds the instance already gone (SPEC §2.3: delete is idempotent), on fake time.</summary>
public sealed class InstancesClientDeleteTests : IDisposable
{
    private const string DeletePath = "/api/instance/delete/sales";
    private const string LogoutPath = "/api/instance/logout/sales";
    private const string NotFound = """{"success":false,"error":{"message":"Instance not found"}}""";
    private readonly RyzeTestServer _server = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = FakeClock.Create();

    public void Dispose() => _server.Dispose();

    [Theory]
    [InlineData(500)]
    [InlineData(502)]
    public async Task A_delete_resent_after_an_ambiguous_failure_completes_when_the_resend_finds_the_instance_gone(int firstStatus)
    {
        _server.Server.RespondInSequence(DeletePath, Json(firstStatus), Json(404, NotFound));

        await _time.DriveAsync(Client().Instances.DeleteAsync("sales"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        _server.Requests.Should().HaveCount(2);
        _server.Requests.Should().OnlyContain(r => r.RequestMessage.Method == "DELETE" && r.RequestMessage.Path == DeletePath);
    }

    [Fact]
    public async Task A_delete_resent_after_a_dropped_connection_completes_when_the_resend_finds_the_instance_gone()
    {
        var notFound = RawTcpServer.Json("404 Not Found", NotFound);
        using var server = new RawTcpServer(n => Task.FromResult<byte[]?>(n == 0 ? [] : notFound)); // the first connection closes unanswered
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = server.BaseAddress, AccountToken = RyzeTestServer.AccountToken, RetryBaseDelay = TimeSpan.FromMilliseconds(1) });

        await client.Instances.DeleteAsync("sales");

        server.Accepted.Should().Be(2, "the dropped delete was resent once and the resend found the instance gone");
    }

    [Fact]
    public async Task A_delete_answered_404_on_its_first_attempt_throws_not_found()
    {
        _server.Server.RespondInSequence(DeletePath, Json(404, NotFound));

        var act = () => _time.DriveAsync(Client().Instances.DeleteAsync("sales"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        (await act.Should().ThrowAsync<RyzeNotFoundException>()).Which.ErrorMessage.Should().Be("Instance not found");
        _server.Requests.Should().HaveCount(1);
    }

    [Theory]
    [InlineData(429)]
    [InlineData(408)] // RFC 9110: the server did not receive the whole request, so it did not act on it
    public async Task A_delete_resent_after_an_answer_that_it_was_not_processed_still_throws_not_found(int firstStatus)
    {
        _server.Server.RespondInSequence(DeletePath, Json(firstStatus).WithHeader("Retry-After", "1"), Json(404, NotFound));

        var act = () => _time.DriveAsync(Client().Instances.DeleteAsync("sales"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        await act.Should().ThrowAsync<RyzeNotFoundException>();
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_logout_resent_after_a_500_still_throws_not_found_since_logout_keeps_the_instance()
    {
        _server.Server.RespondInSequence(LogoutPath, Json(500), Json(404, NotFound));

        var act = () => _time.DriveAsync(Client().Instances.LogoutAsync("sales"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        await act.Should().ThrowAsync<RyzeNotFoundException>();
        _server.Requests.Should().HaveCount(2);
    }

    private RyzeClient Client() => ServerDateHandler.CreateClient(_server, _time);
}
