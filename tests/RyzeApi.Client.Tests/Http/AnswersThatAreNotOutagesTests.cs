using System.Net;
using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Http;

/// <summary>
/// Statuses that usually mean "try again" but here are answers: WhatsApp's 429 on a call that is not safe to resend, and
/// the 503s and 400s that say what state the instance or server is in.
/// </summary>
public sealed class AnswersThatAreNotOutagesTests : IDisposable
{
    private const string CreatePath = "/api/instance/new";
    private const string SettingsPath = "/api/instance/getSettings/sales";
    private const string Settings = """{"success":true,"settings":{"autoRejectCalls":true}}""";
    private readonly RyzeTestServer _server = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = FakeClock.Create();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_create_answered_429_by_whatsapps_throttling_is_not_resent_and_may_have_been_processed()
    {
        _server.Server.RespondInSequence(CreatePath, Json(429, Error("WhatsApp rate-overlimit")).WithHeader("Retry-After", "2"));

        var act = () => _time.DriveAsync(Client().Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" }), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        var thrown = (await act.Should().ThrowAsync<RyzeRateLimitException>()).Which;
        thrown.ErrorMessage.Should().Be("WhatsApp rate-overlimit");
        thrown.RetryAfter.Should().Be(TimeSpan.FromSeconds(2));
        thrown.MayHaveBeenProcessed.Should().BeTrue("only the API's limiter answers before doing anything");
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_create_answered_a_429_with_no_window_left_is_the_limiters_and_is_resent()
    {
        _server.Server.RespondInSequence(CreatePath,
            Json(429, Error("Too many")).WithHeader("X-RateLimit-Remaining", "0").WithHeader("Retry-After", "2"),
            Json(201, """{"success":true,"instance":{"name":"sales","token":"a1b2"}}"""));

        var created = await _time.DriveAsync(Client().Instances.CreateAsync(new CreateInstanceRequest { Name = "sales" }), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        created.Token.Should().Be("a1b2");
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_read_answered_429_by_whatsapps_throttling_is_resent_as_reads_are_safe_to_repeat()
    {
        _server.Server.RespondInSequence(SettingsPath, Json(429, Error("WhatsApp rate-overlimit")).WithHeader("Retry-After", "1"), Json(200, Settings));

        var settings = await _time.DriveAsync(Client().Instances.GetSettingsAsync("sales"), TimeSpan.FromMilliseconds(500), TimeSpan.FromMinutes(1));

        settings.AutoRejectCalls.Should().BeTrue();
        _server.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData(503)]
    [InlineData(400)]
    public async Task A_read_answered_instance_not_connected_is_not_resent_and_is_its_own_type(int status)
    {
        _server.Server.RespondInSequence(SettingsPath, Json(status, Error("Instance is not connected to WhatsApp")));

        var act = () => _time.DriveAsync(Client().Instances.GetSettingsAsync("sales"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        var thrown = (await act.Should().ThrowExactlyAsync<RyzeInstanceNotConnectedException>()).Which;
        thrown.StatusCode.Should().Be((HttpStatusCode)status);
        thrown.MayHaveBeenProcessed.Should().BeFalse();
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_read_answered_503_bridge_not_configured_is_not_resent_and_says_so()
    {
        _server.Server.RespondInSequence(SettingsPath, Json(503, Error("integration gateway not configured (set BRIDGE_URL and BRIDGE_TOKEN)")));

        var act = () => _time.DriveAsync(Client().Instances.GetSettingsAsync("sales"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        var thrown = (await act.Should().ThrowAsync<RyzeServerException>()).Which;
        thrown.IsBridgeNotConfigured.Should().BeTrue();
        thrown.MayHaveBeenProcessed.Should().BeFalse();
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_read_answered_any_other_503_is_still_resent()
    {
        _server.Server.RespondInSequence(SettingsPath, Json(503, Error("Service temporarily unavailable")), Json(200, Settings));

        var settings = await _time.DriveAsync(Client().Instances.GetSettingsAsync("sales"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        settings.AutoRejectCalls.Should().BeTrue();
        _server.Requests.Should().HaveCount(2);
    }

    [Theory]
    [InlineData("Instance has no saved session — call /connect first")]
    [InlineData("Instance has no saved session, call /connect first")]
    public async Task A_reconnect_without_a_saved_session_says_so_in_either_spelling(string message)
    {
        _server.Server.RespondInSequence("/api/instance/reconnect/sales", Json(400, Error(message)));

        var act = () => _time.DriveAsync(Client().Instances.ReconnectAsync("sales"), TimeSpan.FromMilliseconds(250), TimeSpan.FromMinutes(1));

        (await act.Should().ThrowAsync<RyzeBadRequestException>()).Which.IsNoSavedSession.Should().BeTrue();
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task Any_other_bad_request_is_not_a_missing_session()
    {
        _server.Server.RespondInSequence("/api/instance/reconnect/sales", Json(400, Error("Instance name is required")));

        var act = () => Client().Instances.ReconnectAsync("sales").WaitAsync(TimeSpan.FromSeconds(10));

        (await act.Should().ThrowAsync<RyzeBadRequestException>()).Which.IsNoSavedSession.Should().BeFalse();
    }

    private static string Error(string message) => $$$"""{"success":false,"error":{"message":"{{{message}}}"}}""";

    private RyzeClient Client() => ServerDateHandler.CreateClient(_server, _time);
}
