using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using RyzeApi.Client.AspNetCore.Tests.Infrastructure;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.Streaming;

/// <summary>The hosted stream reading the fake RyzeAPI's WebSocket into the webhook handlers.</summary>
public sealed class EventStreamServiceTests : IAsyncLifetime
{
    private static readonly EventStreamOptions FastReconnect = new() { ReconnectBaseDelay = TimeSpan.FromMilliseconds(10), MaxReconnectDelay = TimeSpan.FromMilliseconds(50) };

    private FakeRyzeServer _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeRyzeServer.StartAsync();
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken });
        foreach (var name in new[] { "sales", "support" })
        {
            await client.Instances.CreateAsync(new CreateInstanceRequest { Name = name, WebSocket = new WebSocketConfig() });
        }
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    [Fact]
    public async Task Stream_events_reach_the_handlers_once_each_marked_as_WebSocket()
    {
        using var host = await StartAsync(services => services.AddRyzeApiEventStream("sales", FastReconnect));
        await _fake.WaitForWebSocketsAsync("sales");

        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "first", messageId: "M1"));
        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "first", messageId: "M1"));
        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "second", messageId: "M2"));
        var received = host.Services.GetRequiredService<Received>();
        await received.WaitForAsync(2);

        received.Calls.Select(c => ((MessageExchangeEvent)c.Event).Text).Should().Equal("first", "second");
        received.Calls.Select(c => c.Context).Should().AllBeEquivalentTo(new RyzeEventContext(RyzeEventTransport.WebSocket, "sales", false));
    }

    [Fact]
    public async Task Several_instances_are_streamed_side_by_side()
    {
        using var host = await StartAsync(services => services.AddRyzeApiEventStream("sales", FastReconnect).AddRyzeApiEventStream("support", FastReconnect));
        await _fake.WaitForWebSocketsAsync("sales");
        await _fake.WaitForWebSocketsAsync("support");

        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "to sales"));
        await _fake.EmitAsync("support", RyzeEventFactory.MessageReceived("support", "to support"));
        var received = host.Services.GetRequiredService<Received>();
        await received.WaitForAsync(2);

        received.Calls.Select(c => c.Event.InstanceName).Should().BeEquivalentTo("sales", "support");
    }

    [Fact]
    public async Task A_gap_is_logged_and_handed_to_StreamGap_handlers()
    {
        using var host = await StartAsync(services => services.AddRyzeApiEventStream("sales", FastReconnect).AddRyzeEventHandler<StreamGap, GapHandler>());
        await _fake.WaitForWebSocketsAsync("sales");
        // The fake counts a socket from its upgrade request; an event handled proves the stream is open on the client too.
        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "before the drop"));
        var received = host.Services.GetRequiredService<Received>();
        await received.WaitForAsync(1);

        _fake.DisconnectWebSockets("sales").Should().Be(1);
        await received.WaitForAsync(2);

        received.Handlers.Should().Equal(nameof(MessageHandler), nameof(GapHandler));
        host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot().Should().ContainSingle(r => r.Level == LogLevel.Warning && r.Category!.EndsWith("RyzeEventStreamService", StringComparison.Ordinal))
            .Which.Message.Should().StartWith("RyzeAPI event stream of sales: reconnected after a gap from ").And.EndWith("events sent meanwhile are not replayed");
    }

    [Fact]
    public async Task An_event_arriving_by_webhook_and_by_stream_is_handled_once()
    {
        await using var receiver = await ReceiverHost.StartAsync(
            services => services
                .AddRyzeApiClient(o => (o.BaseAddress, o.AccountToken) = (_fake.BaseAddress, _fake.AccountToken)).Services
                .AddRyzeApiEventStream("sales", FastReconnect)
                .AddRyzeEventHandler<RyzeEvent, AllEventsHandler>(),
            kestrel: true);
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = _fake.BaseAddress, AccountToken = _fake.AccountToken });
        await client.Events.UpsertWebhookAsync("sales", new WebhookConfig { Url = new Uri(receiver.Client.BaseAddress!, "/ryze"), Authorization = ReceiverHost.Secret });
        await _fake.WaitForWebSocketsAsync("sales");

        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "both ways", messageId: "M1"));
        await _fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "marker", messageId: "M2"));
        await receiver.Received.WaitForAsync(2);

        _fake.WebhookDeliveries.Select(d => d.StatusCode).Should().Equal(200, 200);
        receiver.Received.Calls.Select(c => ((MessageExchangeEvent)c.Event).Text).Should().Equal("both ways", "marker");
    }

    [Fact]
    public async Task Stopping_the_host_ends_the_stream_without_an_error()
    {
        using var host = await StartAsync(services => services.AddRyzeApiEventStream("sales", FastReconnect));
        await _fake.WaitForWebSocketsAsync("sales");

        await host.StopAsync(TimeSpan.FromSeconds(10));

        var logs = host.Services.GetRequiredService<FakeLogCollector>().GetSnapshot();
        logs.Where(r => r.Level >= LogLevel.Warning).Should().BeEmpty();
        logs.Select(r => r.Message).Should().Contain("RyzeAPI event stream of sales: stopped");
    }

    [Fact]
    public async Task A_stream_that_cannot_open_is_logged_and_does_not_stop_the_host()
    {
        using var host = await StartAsync(services => services.AddRyzeApiEventStream("nobody", FastReconnect));
        var logs = host.Services.GetRequiredService<FakeLogCollector>();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (!logs.GetSnapshot().Any(r => r.Level == LogLevel.Error))
        {
            await Task.Delay(20, timeout.Token); // polling the log until the stream's first failure
        }

        logs.GetSnapshot().Should().ContainSingle(r => r.Level == LogLevel.Error).Which.Message.Should().Be("RyzeAPI event stream of nobody: failed; opening it again in 30 s");
        await host.StopAsync(TimeSpan.FromSeconds(10));
    }

    private async Task<IHost> StartAsync(Action<IServiceCollection> configure)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Logging.ClearProviders().AddFakeLogging();
        builder.Services.AddSingleton<Received>().AddSingleton<Switches>();
        builder.Services.AddRyzeApiClient(o => (o.BaseAddress, o.AccountToken) = (_fake.BaseAddress, _fake.AccountToken));
        builder.Services.AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>();
        configure(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return host;
    }

    public sealed class GapHandler(Received received) : Recording<StreamGap>(received);
}
