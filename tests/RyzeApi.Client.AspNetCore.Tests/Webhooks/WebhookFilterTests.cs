using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using RyzeApi.Client.AspNetCore.Tests.Infrastructure;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.Webhooks;

public sealed class WebhookFilterTests
{
    private static Task<ReceiverHost> StartAsync() =>
        ReceiverHost.StartAsync(
            services => services.AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>(),
            _ => { },
            app => app.MapPost("/hooks/whatsapp", (HttpContext http) => Results.Text("seen " + http.Features.Get<RyzeEvent>()!.EventName)).AddRyzeApiWebhookFilter());

    [Fact]
    public async Task A_partner_route_with_the_filter_runs_after_the_handlers_with_the_event()
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "hi"), path: "/hooks/whatsapp");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        (await response.Content.ReadAsStringAsync()).Should().Be("seen message.exchange");
        host.Received.Handlers.Should().Equal(nameof(MessageHandler));
    }

    [Theory]
    [InlineData("Bearer wrong", "{\"event\":\"message.exchange\"}", HttpStatusCode.Unauthorized)]
    [InlineData(ReceiverHost.Secret, "{\"no\":\"event\"}", HttpStatusCode.BadRequest)]
    public async Task A_partner_route_with_the_filter_gets_the_same_answers(string authorization, string body, HttpStatusCode expected)
    {
        await using var host = await StartAsync();

        using var response = await host.PostAsync(body, authorization, "/hooks/whatsapp");

        response.StatusCode.Should().Be(expected);
        (await response.Content.ReadAsStringAsync()).Should().BeEmpty();
        host.Received.Calls.Should().BeEmpty();
    }
}
