using RyzeApi.Client.Testing;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Events;

/// <summary><c>client.Events.StreamAsync</c> against the fake's <c>/ws/:instance</c>: typed events, refusals, drops, cancellation.</summary>
public sealed class EventStreamTests : IAsyncLifetime
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);
    private FakeRyzeServer _fake = null!;
    private RyzeClient _client = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeRyzeServer.StartAsync();
        _client = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken });
        await _client.Instances.CreateAsync(new CreateInstanceRequest { Name = "sales", WebSocket = new WebSocketConfig() });
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Events_arrive_typed_and_in_order_over_a_socket_authenticated_by_header()
    {
        using var stop = new CancellationTokenSource(Bound);
        var (stream, first) = await OpenAsync(stop.Token);
        await using var _ = stream;

        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "hello", messageId: "m-1"));
        await _fake.EmitAsync("sales", RyzeEventFactory.MessageStatus("sales", "m-1", MessageDeliveryStatus.Read));

        (await first).Should().BeTrue();
        var message = stream.Current.Should().BeOfType<MessageExchangeEvent>().Subject;
        (message.MessageId, message.Text, message.InstanceName).Should().Be(("m-1", "hello", "sales"));
        (await stream.MoveNextAsync()).Should().BeTrue();
        stream.Current.Should().BeOfType<MessageStatusEvent>().Which.Status.Should().Be(MessageDeliveryStatus.Read);
        var upgrade = _fake.Requests.Single(r => r.Path == "/ws/sales");
        (upgrade.Headers["token"], upgrade.Query).Should().Be((_fake.AccountToken, ""));
    }

    [Fact]
    public async Task A_dropped_socket_reconnects_and_marks_the_gap_without_losing_or_repeating_events()
    {
        using var stop = new CancellationTokenSource(Bound);
        var (stream, next) = await OpenAsync(stop.Token);
        await using var _ = stream;
        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "before", messageId: "m-1"));
        (await next).Should().BeTrue();
        var received = new List<RyzeEvent> { stream.Current };

        var gap = stream.MoveNextAsync();
        _fake.DisconnectWebSockets("sales").Should().Be(1);
        await _fake.WaitForWebSocketsAsync("sales", cancellationToken: stop.Token);
        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "after-1", messageId: "m-2"));
        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "after-2", messageId: "m-3"));

        (await gap).Should().BeTrue();
        received.Add(stream.Current);
        for (var i = 0; i < 2; i++)
        {
            (await stream.MoveNextAsync()).Should().BeTrue();
            received.Add(stream.Current);
        }

        received.Select(e => e is MessageExchangeEvent m ? m.MessageId : e.EventName).Should().Equal("m-1", StreamGap.Name, "m-2", "m-3");
        var marker = (StreamGap)received[1];
        (marker.InstanceName, marker.Attempts).Should().Be(("sales", 1));
        marker.ReconnectedAt.Should().BeOnOrAfter(marker.DisconnectedAt);
        _fake.CountRequests("GET /ws/{instance}").Should().Be(2);
    }

    [Fact]
    public async Task Cancelling_ends_the_stream_without_an_exception()
    {
        using var stop = new CancellationTokenSource();
        var received = new List<RyzeEvent>();
        var reading = Task.Run(async () =>
        {
            await foreach (var ryzeEvent in _client.Events.StreamAsync("sales", cancellationToken: stop.Token))
            {
                received.Add(ryzeEvent);
            }
        });
        await _fake.WaitForWebSocketsAsync("sales").WaitAsync(Bound);

        await stop.CancelAsync();

        await reading.WaitAsync(Bound); // completes, does not throw
        received.Should().BeEmpty();
    }

    [Fact]
    public async Task A_disabled_WebSocket_is_a_typed_error_telling_how_to_enable_it()
    {
        await _client.Events.ConfigureWebSocketAsync("sales", new WebSocketConfig { Enabled = false });

        var stream = () => _client.Events.StreamAsync("sales").GetAsyncEnumerator().MoveNextAsync().AsTask();

        var thrown = (await stream.Should().ThrowAsync<RyzeWebSocketNotEnabledException>()).Which;
        thrown.Message.Should().Be("RyzeAPI returned 400 (Bad Request) for GET /ws/sales: the instance's WebSocket is not enabled; "
            + "enable it with client.Events.ConfigureWebSocketAsync(\"sales\", new WebSocketConfig()), then stream again");
        _fake.CountRequests("GET /ws/{instance}").Should().Be(1);
    }

    [Fact]
    public async Task Unknown_instances_and_bad_tokens_throw_the_usual_exceptions_at_once()
    {
        var wrongToken = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = "not-the-token" });

        var missing = () => _client.Events.StreamAsync("nobody").GetAsyncEnumerator().MoveNextAsync().AsTask();
        var unauthenticated = () => wrongToken.Events.StreamAsync("sales").GetAsyncEnumerator().MoveNextAsync().AsTask();

        (await missing.Should().ThrowAsync<RyzeNotFoundException>()).Which.Path.Should().Be("/ws/nobody");
        (await unauthenticated.Should().ThrowAsync<RyzeAuthenticationException>()).Which.StatusCode.Should().Be(System.Net.HttpStatusCode.Unauthorized);
        _fake.CountRequests("GET /ws/{instance}").Should().Be(2);
    }

    [Fact]
    public async Task Failed_upgrades_end_the_stream_after_the_allowed_attempts_with_the_last_failure()
    {
        _fake.FailNext("GET /ws/{instance}", FakeFault.Status(503));

        var stream = () => _client.Events.StreamAsync("sales", new EventStreamOptions { MaxReconnectAttempts = 0 }).GetAsyncEnumerator().MoveNextAsync().AsTask();

        (await stream.Should().ThrowAsync<RyzeServerException>()).Which.Path.Should().Be("/ws/sales");
    }

    [Fact]
    public async Task A_failed_upgrade_is_retried_after_a_fake_time_backoff()
    {
        var time = FakeClock.Create();
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken }, time);
        _fake.FailNext("GET /ws/{instance}", FakeFault.Status(503));
        using var stop = new CancellationTokenSource(Bound);
        await using var stream = client.Events.StreamAsync("sales", cancellationToken: stop.Token).GetAsyncEnumerator(stop.Token);

        var next = stream.MoveNextAsync().AsTask();
        await FakeClock.WaitUntilAsync(() => _fake.CountRequests("GET /ws/{instance}") == 1, "the first upgrade should have been refused");
        await Task.Delay(50); // the client arms its fake-time backoff after reading the 503
        _fake.CountRequests("GET /ws/{instance}").Should().Be(1, "nothing is resent before the backoff");
        time.Advance(TimeSpan.FromSeconds(1)); // the first backoff is 0.5–1 s
        await _fake.WaitForWebSocketsAsync("sales", cancellationToken: stop.Token);
        await _fake.EmitAsync("sales", RyzeEventFactory.InstanceState("sales", InstanceState.Connected));

        (await next).Should().BeTrue();
        stream.Current.Should().BeOfType<InstanceStateEvent>().Which.State.Should().Be(InstanceState.Connected);
    }

    /// <summary>Starts reading the stream and waits until the fake holds its socket, so nothing emitted next is missed.</summary>
    private async Task<(IAsyncEnumerator<RyzeEvent> Stream, ValueTask<bool> First)> OpenAsync(CancellationToken cancellationToken)
    {
        var stream = _client.Events.StreamAsync("sales", cancellationToken: cancellationToken).GetAsyncEnumerator(cancellationToken);
        var first = stream.MoveNextAsync();
        await _fake.WaitForWebSocketsAsync("sales", cancellationToken: cancellationToken);
        return (stream, first);
    }

    [Fact]
    public void Bad_arguments_are_refused_before_anything_is_sent()
    {
        var blank = () => _client.Events.StreamAsync(" ");
        var options = () => _client.Events.StreamAsync("sales", new EventStreamOptions { ReconnectBaseDelay = TimeSpan.Zero });

        blank.Should().Throw<ArgumentException>().WithParameterName("name");
        options.Should().Throw<ArgumentException>().WithParameterName("options");
        _fake.CountRequests("GET /ws/{instance}").Should().Be(0);
    }
}
