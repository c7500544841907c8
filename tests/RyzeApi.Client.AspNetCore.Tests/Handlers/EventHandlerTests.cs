using System.Net;
using Microsoft.Extensions.DependencyInjection;
using RyzeApi.Client.AspNetCore.Tests.Infrastructure;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.Handlers;

public sealed class EventHandlerTests
{
    [Fact]
    public async Task Handlers_run_in_registration_order_and_a_RyzeEvent_handler_sees_every_event()
    {
        await using var host = await ReceiverHost.StartAsync(services => services
            .AddRyzeEventHandler<MessageExchangeEvent, SecondMessageHandler>()
            .AddRyzeEventHandler<RyzeEvent, AllEventsHandler>()
            .AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>()
            .AddRyzeEventHandler<MessageStatusEvent, StatusHandler>());

        await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1"));
        await host.PostAsync(RyzeEventFactory.MessageStatus("sales", "M1", MessageDeliveryStatus.Read));
        await host.PostAsync("{\"event\":\"poll.vote\",\"instanceData\":{\"instance\":\"sales\"}}");

        host.Received.Handlers.Should().Equal(
            nameof(SecondMessageHandler), nameof(AllEventsHandler), nameof(MessageHandler),
            nameof(AllEventsHandler), nameof(StatusHandler),
            nameof(AllEventsHandler));
    }

    [Fact]
    public async Task A_handler_that_throws_stops_the_ones_after_it()
    {
        await using var host = await ReceiverHost.StartAsync(services => services
            .AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>()
            .AddRyzeEventHandler<MessageExchangeEvent, FlakyHandler>()
            .AddRyzeEventHandler<MessageExchangeEvent, SecondMessageHandler>());
        host.Switches.Failing = true;

        using var response = await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "hi"));

        response.StatusCode.Should().Be(HttpStatusCode.InternalServerError);
        host.Received.Handlers.Should().Equal(nameof(MessageHandler));
    }

    [Fact]
    public async Task Handlers_are_resolved_in_the_request_scope()
    {
        await using var host = await ReceiverHost.StartAsync(services => services
            .AddSingleton<UnitLog>()
            .AddScoped<UnitOfWork>()
            .AddRyzeEventHandler<MessageExchangeEvent, ScopedHandler>()
            .AddRyzeEventHandler<RyzeEvent, ScopedHandler>());

        await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "1"));
        await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "2"));

        var units = host.App.Services.GetRequiredService<UnitLog>().Units;
        units.Should().HaveCount(4);
        units[0].Should().BeSameAs(units[1]);
        units[2].Should().BeSameAs(units[3]).And.NotBeSameAs(units[0]);
        units[0].Disposed.Should().BeTrue();
    }

    [Fact]
    public async Task After_a_failed_delivery_the_redelivery_is_handled_and_marked_as_one()
    {
        await using var host = await ReceiverHost.StartAsync(services => services.AddRyzeEventHandler<MessageExchangeEvent, FlakyHandler>());
        var message = RyzeEventFactory.MessageReceived("sales", "hi", messageId: "M1");
        host.Switches.Failing = true;
        using var failed = await host.PostAsync(message);
        host.Switches.Failing = false;

        using var redelivered = await host.PostAsync(message);
        using var again = await host.PostAsync(message);

        (failed.StatusCode, redelivered.StatusCode, again.StatusCode).Should().Be((HttpStatusCode.InternalServerError, HttpStatusCode.OK, HttpStatusCode.OK));
        host.Received.Calls.Should().ContainSingle().Which.Context.Should().Be(new RyzeEventContext(RyzeEventTransport.Webhook, "sales", IsRedelivery: true));
    }

    public sealed class UnitLog
    {
        public List<UnitOfWork> Units { get; } = [];
    }

    public sealed class UnitOfWork(UnitLog log) : IDisposable
    {
        public bool Disposed { get; private set; }

        public void Dispose() => Disposed = true;

        public void Touch()
        {
            lock (log)
            {
                log.Units.Add(this);
            }
        }
    }

    public sealed class ScopedHandler(UnitOfWork unit) : IRyzeEventHandler<RyzeEvent>
    {
        public Task HandleAsync(RyzeEvent ryzeEvent, RyzeEventContext context, CancellationToken cancellationToken = default)
        {
            unit.Touch();
            return Task.CompletedTask;
        }
    }
}
