using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;
using RyzeApi.Client.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

/// <summary>WaitUntilConnectedAsync and ConnectAndWaitAsync against the fake: on the stream when enabled, else paced polling.</summary>
public sealed class WaitUntilConnectedTests : IAsyncLifetime
{
    private const string ListRoute = "GET /api/instance/list";
    private const string ConnectRoute = "GET /api/instance/connect/{instance}";
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private readonly FakeTimeProvider _time = FakeClock.Create();
    private FakeRyzeServer _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeRyzeServer.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task With_the_WebSocket_enabled_it_waits_on_the_state_event_without_polling()
    {
        var client = await CreateAsync(new WebSocketConfig { Events = [RyzeEvents.InstanceState] }, TimeProvider.System);

        var waiting = client.Instances.WaitUntilConnectedAsync("sales", TimeSpan.FromMinutes(1));
        await _fake.WaitForWebSocketsAsync("sales").WaitAsync(Bound);
        await FakeClock.WaitUntilAsync(() => _fake.CountRequests(ListRoute) == 1, "the state is read once the socket is open");
        _fake.SimulatePairing("sales");
        var connected = await waiting.WaitAsync(Bound);

        (connected.Name, connected.State).Should().Be(("sales", InstanceState.Connected));
        _fake.CountRequests(ListRoute).Should().Be(2, "one read once listening, one for the connected instance");
        _fake.CountRequests("GET /ws/{instance}").Should().Be(1);
    }

    [Fact]
    public async Task An_instance_already_connected_is_returned_at_once()
    {
        var client = await CreateAsync(new WebSocketConfig(), TimeProvider.System);
        _fake.SimulatePairing("sales");

        var connected = await client.Instances.WaitUntilConnectedAsync("sales", TimeSpan.FromMinutes(1)).WaitAsync(Bound);

        connected.State.Should().Be(InstanceState.Connected);
        _fake.CountRequests(ListRoute).Should().Be(1);
    }

    [Fact]
    public async Task Without_a_WebSocket_it_polls_every_three_seconds()
    {
        var client = await CreateAsync(webSocket: null, _time);

        var waiting = client.Instances.WaitUntilConnectedAsync("sales", TimeSpan.FromMinutes(1));
        await PollsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(2.9));
        await Task.Delay(50);
        _fake.CountRequests(ListRoute).Should().Be(1, "the next read waits the full interval");
        _time.Advance(TimeSpan.FromSeconds(0.1));
        await PollsAsync(2);
        _fake.SimulatePairing("sales");
        _time.Advance(TimeSpan.FromSeconds(3));
        var connected = await waiting.WaitAsync(Bound);

        connected.State.Should().Be(InstanceState.Connected);
        _fake.CountRequests(ListRoute).Should().Be(3);
        _fake.CountRequests("GET /ws/{instance}").Should().Be(0);
    }

    [Fact]
    public async Task It_times_out_with_a_TimeoutException_naming_the_instance()
    {
        var client = await CreateAsync(webSocket: null, _time);

        var waiting = client.Instances.WaitUntilConnectedAsync("sales", TimeSpan.FromSeconds(5));
        await PollsAsync(1);
        _time.Advance(TimeSpan.FromSeconds(3));
        await PollsAsync(2);
        _time.Advance(TimeSpan.FromSeconds(2));

        (await waiting.Invoking(w => w.WaitAsync(Bound)).Should().ThrowAsync<TimeoutException>())
            .Which.Message.Should().Be("Instance 'sales' was not connected within 00:00:05.");
    }

    [Fact]
    public async Task ConnectAndWait_hands_out_a_fresh_QR_code_when_the_last_one_expires()
    {
        var client = await CreateAsync(webSocket: null, _time);
        var codes = new ConcurrentQueue<ConnectResult>();

        var waiting = client.Instances.ConnectAndWaitAsync("sales", new Collect(codes), TimeSpan.FromMinutes(2));
        await DriveUntilAsync(() => _fake.CountRequests(ConnectRoute) == 2);
        _fake.SimulatePairing("sales");
        await DriveUntilAsync(() => waiting.IsCompleted);

        (await waiting.WaitAsync(Bound)).State.Should().Be(InstanceState.Connected);
        codes.Should().HaveCount(2).And.OnlyContain(c => c.Kind == ConnectKind.QrCode);
        codes.Select(c => c.QrCode).Distinct().Should().HaveCount(2, "each code is a new one");
    }

    [Fact]
    public async Task ConnectAndWait_reports_nothing_for_an_instance_already_connected()
    {
        var client = await CreateAsync(new WebSocketConfig(), TimeProvider.System);
        _fake.SimulatePairing("sales");
        var codes = new ConcurrentQueue<ConnectResult>();

        var connected = await client.Instances.ConnectAndWaitAsync("sales", new Collect(codes), TimeSpan.FromMinutes(1)).WaitAsync(Bound);

        connected.State.Should().Be(InstanceState.Connected);
        codes.Should().BeEmpty();
    }

    [Fact]
    public async Task Bad_arguments_are_refused_before_anything_is_sent()
    {
        var client = await CreateAsync(webSocket: null, _time);
        var before = _fake.Requests.Count;

        var noTime = () => client.Instances.WaitUntilConnectedAsync("sales", TimeSpan.Zero);
        var noProgress = () => client.Instances.ConnectAndWaitAsync("sales", null!, TimeSpan.FromMinutes(1));

        await noTime.Should().ThrowAsync<ArgumentOutOfRangeException>();
        (await noProgress.Should().ThrowAsync<ArgumentNullException>()).WithParameterName("progress");
        _fake.Requests.Should().HaveCount(before);
    }

    private async Task<RyzeClient> CreateAsync(WebSocketConfig? webSocket, TimeProvider time)
    {
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken }, time);
        await client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales", WebSocket = webSocket });
        _fake.ClearRequests();
        return client;
    }

    /// <summary>Moves fake time a second at a time, with a real moment in between for the client to act, until <paramref name="done"/>.</summary>
    private async Task DriveUntilAsync(Func<bool> done)
    {
        for (var i = 0; i < 300 && !done(); i++)
        {
            await Task.Delay(20);
            _time.Advance(TimeSpan.FromSeconds(1));
        }
    }

    /// <summary>Waits for the n-th read, then a moment for the client to arm its fake-time wait.</summary>
    private async Task PollsAsync(int count)
    {
        await FakeClock.WaitUntilAsync(() => _fake.CountRequests(ListRoute) == count, $"read {count} should have been sent");
        await Task.Delay(50);
    }

    private sealed class Collect(ConcurrentQueue<ConnectResult> codes) : IProgress<ConnectResult>
    {
        public void Report(ConnectResult value) => codes.Enqueue(value);
    }
}
