using System.Net;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using RyzeApi.Client.AspNetCore.Tests.Infrastructure;
using RyzeApi.Client.Testing;

namespace RyzeApi.Client.AspNetCore.Tests.DependencyInjection;

public sealed class WebhookOptionsTests
{
    [Fact]
    public async Task Start_up_fails_when_no_authorization_value_is_accepted()
    {
        var act = () => ReceiverHost.StartAsync(services => services.AddRyzeApiWebhooks(_ => { }), webhooks: false);

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            "RyzeApi webhooks: AcceptedAuthorizations is empty: add the authorization value your webhooks send, or set AllowUnauthenticatedDelivery to accept unauthenticated deliveries.");
    }

    [Fact]
    public async Task Start_up_names_every_bad_setting_without_echoing_values()
    {
        var act = () => ReceiverHost.StartAsync(
            services => services.AddRyzeApiWebhooks(o =>
            {
                o.AcceptedAuthorizations.Add(" ");
                o.MaxBodySize = 0;
                o.DeduplicationWindow = TimeSpan.FromDays(8);
            }),
            webhooks: false);

        (await act.Should().ThrowAsync<OptionsValidationException>()).Which.Failures.Should().Equal(
            "RyzeApi webhooks: AcceptedAuthorizations holds a blank value.",
            "RyzeApi webhooks: MaxBodySize must be more than zero; it was 0.",
            "RyzeApi webhooks: DeduplicationWindow must be between zero and 7 days; it was 8.00:00:00.");
    }

    [Fact]
    public async Task Opting_in_to_unauthenticated_delivery_accepts_a_delivery_without_authorization()
    {
        await using var host = await ReceiverHost.StartAsync(
            services => services.AddRyzeApiWebhooks(o => o.AllowUnauthenticatedDelivery = true).AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>(),
            webhooks: false);

        using var response = await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "hi"), authorization: null);

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        host.Received.Handlers.Should().Equal(nameof(MessageHandler));
    }

    [Fact]
    public void The_defaults_are_an_8_MiB_cap_and_a_10_minute_window()
    {
        var options = new RyzeWebhookOptions();

        (options.MaxBodySize, options.DeduplicationWindow, options.AllowUnauthenticatedDelivery, options.AcceptedAuthorizations.Count)
            .Should().Be((8L * 1024 * 1024, TimeSpan.FromMinutes(10), false, 0));
    }

    [Fact]
    public async Task Options_bound_from_configuration_accept_each_listed_value()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Ryze:Webhooks:AcceptedAuthorizations:0"] = "Bearer old",
            ["Ryze:Webhooks:AcceptedAuthorizations:1"] = "Bearer new",
            ["Ryze:Webhooks:MaxBodySize"] = "1048576",
            ["Ryze:Webhooks:DeduplicationWindow"] = "00:30:00",
        }).Build();
        await using var host = await ReceiverHost.StartAsync(
            services => services.AddRyzeApiWebhooks(configuration.GetSection("Ryze:Webhooks")).AddRyzeEventHandler<MessageExchangeEvent, MessageHandler>(),
            webhooks: false);

        using var old = await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "1"), "Bearer old");
        using var rotated = await host.PostAsync(RyzeEventFactory.MessageReceived("sales", "2"), "Bearer new");

        (old.StatusCode, rotated.StatusCode).Should().Be((HttpStatusCode.OK, HttpStatusCode.OK));
        var options = host.App.Services.GetRequiredService<IOptions<RyzeWebhookOptions>>().Value;
        (options.MaxBodySize, options.DeduplicationWindow).Should().Be((1048576L, TimeSpan.FromMinutes(30)));
        options.AcceptedAuthorizations.Should().BeEquivalentTo("Bearer old", "Bearer new");
    }
}
