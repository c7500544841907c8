using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using RyzeApi.Client.AspNetCore.Tests.Infrastructure;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.Deduplication;

public sealed class DeduplicationTests
{
    private static Task<ReceiverHost> StartAsync(Action<IServiceCollection>? more = null, Action<RyzeWebhookOptions>? options = null) =>
        ReceiverHost.StartAsync(
            services =>
            {
                services.AddRyzeEventHandler<RyzeEvent, AllEventsHandler>();
                more?.Invoke(services);
            },
            options ?? (_ => { }));

    [Fact]
    public async Task A_message_delivered_twice_reaches_the_handlers_once_and_both_are_answered_200()
    {
        await using var host = await StartAsync();
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");

        using var first = await host.PostAsync(message);
        using var second = await host.PostAsync(message.RawJson, path: "/ryze/message.exchange");

        (first.StatusCode, second.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.OK));
        host.Received.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task Receipts_are_duplicates_only_with_the_same_status()
    {
        await using var host = await StartAsync();

        await host.PostAsync(RyzeEventFactory.MessageStatus("sales", "M1", MessageDeliveryStatus.Delivered));
        await host.PostAsync(RyzeEventFactory.MessageStatus("sales", "M1", MessageDeliveryStatus.Read));
        await host.PostAsync(RyzeEventFactory.MessageStatus("sales", "M1", MessageDeliveryStatus.Delivered));

        host.Received.Calls.Select(c => ((MessageStatusEvent)c.Event).Status).Should().Equal(MessageDeliveryStatus.Delivered, MessageDeliveryStatus.Read);
    }

    [Fact]
    public async Task The_same_message_id_on_another_instance_or_event_is_not_a_duplicate()
    {
        await using var host = await StartAsync();

        await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1"));
        await host.PostAsync(RyzeEventFactory.MessageReceived("support", "hi", messageId: "M1"));
        await host.PostAsync(RyzeEventFactory.MessageStatus("sales", "M1", MessageDeliveryStatus.Read));

        host.Received.Calls.Select(c => (c.Event.EventName, c.Event.InstanceName)).Should().Equal(
            ("message.exchange", "sales"), ("message.exchange", "support"), ("message.status", "sales"));
    }

    [Fact]
    public async Task Events_without_an_id_of_their_own_are_never_held_back()
    {
        await using var host = await StartAsync();
        var connected = RyzeEventFactory.InstanceState("sales", InstanceState.Connected);

        await host.PostAsync(connected);
        await host.PostAsync(connected);

        host.Received.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_event_run_the_handler_once()
    {
        await using var host = await ReceiverHost.StartAsync(services => services.AddRyzeEventHandler<MessageExchangeEvent, BlockingHandler>());
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");
        var first = host.PostAsync(message);
        await host.Switches.Entered.Task.WaitAsync(TimeSpan.FromSeconds(10));

        var duplicates = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => host.PostAsync(message)));
        host.Switches.Release.SetResult();

        (await first).StatusCode.Should().Be(HttpStatusCode.OK);
        duplicates.Select(d => d.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        host.Received.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task Concurrent_deliveries_of_one_event_arriving_together_run_the_handler_once()
    {
        await using var host = await StartAsync();
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");

        var answers = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => host.PostAsync(message))));

        answers.Select(a => a.StatusCode).Should().AllBeEquivalentTo(HttpStatusCode.OK);
        host.Received.Calls.Should().ContainSingle();
    }

    [Fact]
    public async Task After_the_window_a_redelivery_is_handled_again()
    {
        var time = new FakeTimeProvider(DateTimeOffset.Parse("2026-01-01T00:00:00Z", System.Globalization.CultureInfo.InvariantCulture));
        await using var host = await StartAsync(services => services.AddSingleton<TimeProvider>(time), o => o.DeduplicationWindow = TimeSpan.FromMinutes(5));
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");

        await host.PostAsync(message);
        time.Advance(TimeSpan.FromMinutes(5) - TimeSpan.FromSeconds(1));
        await host.PostAsync(message);
        time.Advance(TimeSpan.FromSeconds(1));
        await host.PostAsync(message);

        host.Received.Calls.Select(c => c.Context.IsRedelivery).Should().Equal(false, false);
    }

    [Fact]
    public async Task A_zero_window_turns_deduplication_off()
    {
        await using var host = await StartAsync(options: o => o.DeduplicationWindow = TimeSpan.Zero);
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");

        await host.PostAsync(message);
        await host.PostAsync(message);

        host.Received.Calls.Should().HaveCount(2);
    }

    [Fact]
    public async Task A_store_of_your_own_replaces_the_default()
    {
        var store = new RefusingStore();
        await using var host = await StartAsync(services => services.AddSingleton<IRyzeEventDeduplicationStore>(store));

        using var response = await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1"));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        store.Claims.Should().Equal("message.exchange|sales|M1");
        host.Received.Calls.Should().BeEmpty();
    }

    private sealed class RefusingStore : IRyzeEventDeduplicationStore
    {
        public List<string> Claims { get; } = [];

        public ValueTask<RyzeEventClaim> TryClaimAsync(string key, TimeSpan window, CancellationToken cancellationToken = default)
        {
            Claims.Add(key);
            return new(RyzeEventClaim.Duplicate);
        }

        public ValueTask CompleteAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) => throw new InvalidOperationException();

        public ValueTask ReleaseAsync(string key, TimeSpan window, CancellationToken cancellationToken = default) => throw new InvalidOperationException();
    }
}
