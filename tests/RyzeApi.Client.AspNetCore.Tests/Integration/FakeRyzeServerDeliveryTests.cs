using RyzeApi.Client.AspNetCore.Tests.Infrastructure;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.Integration;

/// <summary>The fake RyzeAPI delivering webhooks over loopback to the receiver on a real Kestrel.</summary>
public sealed class FakeRyzeServerDeliveryTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Events_emitted_by_the_fake_reach_the_handlers_through_Kestrel(bool byEvents)
    {
        await using var receiver = await ReceiverHost.StartAsync(
            services => services.AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>().AddRyzeEventHandler<InstanceStateEvent, StateHandler>(),
            kestrel: true);
        await using var fake = await FakeRyzeServer.StartAsync();
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });
        await client.Instances.CreateAsync(new CreateInstanceRequest
        {
            Name = "sales",
            Webhook = new WebhookConfig { Url = new Uri(receiver.Client.BaseAddress!, "/ryze"), Authorization = ReceiverHost.Secret, ByEvents = byEvents },
        });

        await fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "olá", messageId: "M1"));
        await fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "olá", messageId: "M1"));
        await fake.EmitAsync("sales", RyzeEventFactory.InstanceState("sales", InstanceState.Connected));

        fake.WebhookDeliveries.Select(d => (d.EventName, d.StatusCode, d.Attempts)).Should().Equal(
            ("message.exchange", 200, 1), ("message.exchange", 200, 1), ("instance.state", 200, 1));
        receiver.Received.Handlers.Should().Equal(nameof(MessageHandler), nameof(StateHandler));
        var message = (MessageExchangeEvent)receiver.Received.Calls[0].Event;
        (message.Text, message.InstanceName, message.Direction).Should().Be(("olá", "sales", MessageDirection.Incoming));
    }

    [Fact]
    public async Task A_webhook_sending_another_authorization_is_refused_at_every_attempt()
    {
        await using var receiver = await ReceiverHost.StartAsync(services => services.AddRyzeEventHandler<RyzeEvent, AllEventsHandler>(), kestrel: true);
        await using var fake = await FakeRyzeServer.StartAsync(new FakeRyzeServerOptions { WebhookAttempts = 2, WebhookRetryDelay = TimeSpan.Zero });
        var client = new RyzeClient(new RyzeClientOptions { BaseAddress = fake.BaseAddress, AccountToken = fake.AccountToken });
        await client.Instances.CreateAsync(new CreateInstanceRequest
        {
            Name = "sales",
            Webhook = new WebhookConfig { Url = new Uri(receiver.Client.BaseAddress!, "/ryze"), Authorization = "Bearer stale" },
        });

        await fake.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "hi"));

        fake.WebhookDeliveries.Should().ContainSingle().Which.Should().Match<FakeWebhookDelivery>(d => d.StatusCode == 401 && d.Attempts == 2 && !d.Succeeded);
        receiver.Received.Calls.Should().BeEmpty();
    }
}
