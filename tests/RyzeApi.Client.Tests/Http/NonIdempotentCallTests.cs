using RyzeApi.Client.Tests.Infrastructure;
using static RyzeApi.Client.Tests.Infrastructure.FakeClock;

namespace RyzeApi.Client.Tests.Http;

/// <summary>Create, connect and reconnect are sent once on anything but a 429: a create must never be duplicated.</summary>
public sealed class NonIdempotentCallTests : IDisposable
{
    private const string CreatePath = "/api/instance/new";
    private const string Created = """{"success":true,"instance":{"name":"sales","token":"a1b2","status":"disconnected"}}""";
    private readonly RyzeTestServer _server = new();
    private readonly Microsoft.Extensions.Time.Testing.FakeTimeProvider _time = FakeClock.Create();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task A_create_answered_500_is_sent_exactly_once_and_may_have_been_processed()
    {
        _server.Server.RespondInSequence(CreatePath, Json(500));

        var act = () => _time.DriveAsync(Client().Instances.CreateAsync(Sales), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        (await act.Should().ThrowAsync<RyzeServerException>()).Which.MayHaveBeenProcessed.Should().BeTrue();
        _server.Requests.Should().HaveCount(1);
    }

    [Fact]
    public async Task A_create_whose_connection_is_reset_is_sent_exactly_once()
    {
        using var resetting = new RawTcpServer(reset: true);
        var client = Client(o => o.BaseAddress = resetting.BaseAddress);

        var act = () => _time.DriveAsync(client.Instances.CreateAsync(Sales), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        var thrown = (await act.Should().ThrowAsync<RyzeConnectionException>()).Which;
        thrown.MayHaveBeenProcessed.Should().BeTrue();
        thrown.IsTimeout.Should().BeFalse();
        resetting.Accepted.Should().Be(1);
    }

    [Fact]
    public async Task A_create_that_times_out_is_sent_exactly_once()
    {
        using var silent = new RawTcpServer(reset: false);
        var call = ServerDateHandler.CreateClient(_server, _time, o => o.BaseAddress = silent.BaseAddress).Instances.CreateAsync(Sales);
        await WaitUntilAsync(() => silent.Accepted == 1, "the create should have been sent");

        _time.Advance(TimeSpan.FromSeconds(30)); // AttemptTimeout
        var act = () => call.Released();

        var thrown = (await act.Should().ThrowAsync<RyzeConnectionException>()).Which;
        thrown.IsTimeout.Should().BeTrue();
        thrown.MayHaveBeenProcessed.Should().BeTrue();
        _time.Advance(TimeSpan.FromMinutes(5));
        await Task.Delay(100);
        silent.Accepted.Should().Be(1);
    }

    [Fact]
    public async Task A_create_answered_429_was_not_processed_and_is_resent()
    {
        _server.Server.RespondInSequence(CreatePath, Json(429, """{"success":false,"error":{"message":"Rate limit exceeded. Try again later."}}""").WithHeader("Retry-After", "3"), Json(201, Created));

        var created = await _time.DriveAsync(Client().Instances.CreateAsync(Sales), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        created.Token.Should().Be("a1b2");
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Connect_and_reconnect_answered_503_are_sent_once()
    {
        _server.Server.RespondInSequence("/api/instance/connect/sales", Json(503));
        _server.Server.RespondInSequence("/api/instance/reconnect/sales", Json(503));
        var client = Client();

        var connect = () => _time.DriveAsync(client.Instances.ConnectAsync("sales"), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        var reconnect = () => _time.DriveAsync(client.Instances.ReconnectAsync("sales"), TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));

        await connect.Should().ThrowAsync<RyzeServerException>();
        await reconnect.Should().ThrowAsync<RyzeServerException>();
        _server.Requests.Should().HaveCount(2);
    }

    [Fact]
    public async Task Connect_gets_its_longer_budget_instead_of_the_attempt_timeout()
    {
        _server.Server.RespondInSequence("/api/instance/connect/sales", Json(404, """{"success":false,"error":{"message":"Instance not found"}}""").WithDelay(TimeSpan.FromMilliseconds(500)));
        var call = ServerDateHandler.CreateClient(_server, _time).Instances.ConnectAsync("sales");
        await Task.Delay(100);

        _time.Advance(TimeSpan.FromSeconds(45)); // past AttemptTimeout (30 s), within ConnectTimeout (75 s)
        var act = () => call.Released();

        await act.Should().ThrowAsync<RyzeNotFoundException>("the long poll was allowed to finish");
    }

    private static CreateInstanceRequest Sales => new() { Name = "sales" };

    /// <summary>Fake time runs fast while real requests are in flight, so these tests keep the timeouts out of the way.</summary>
    private RyzeClient Client(Action<RyzeClientOptions>? configure = null) => ServerDateHandler.CreateClient(_server, _time, o =>
    {
        o.AttemptTimeout = TimeSpan.FromMinutes(30);
        o.TotalTimeout = TimeSpan.FromHours(1);
        configure?.Invoke(o);
    });
}
