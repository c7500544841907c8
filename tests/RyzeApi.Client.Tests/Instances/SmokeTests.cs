using System.Text.Json.Nodes;
using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

public sealed class SmokeTests
{
    [Fact]
    public async Task Create_sends_flat_body_and_reads_documented_answer()
    {
        using var server = new RyzeTestServer();
        server.Respond("POST", "/api/instance/new", 201, """
            {"success":true,"message":"Instance created","instance":{"id":"5e1d","name":"sales","token":"a1b2","status":"disconnected","numberJid":null,
             "proxy":{"enabled":true,"host":"proxy.company.com","port":"1080","protocol":"socks5","username":"u","password":null},
             "chatwoot":{"enabled":false,"status":"error","error":"Chatwoot API returned 401"},
             "settings":{"autoRejectCalls":true,"callRejectMessage":"No calls.","ignoreGroupMessages":false,"keepOnlineStatus":false,"autoReadMessages":false,"disableHistorySync":true,"ignoreStatus":false},
             "createdAt":"2026-04-28T10:30:00Z"}}
            """);
        var client = server.CreateClient();

        var created = await client.Instances.CreateAsync(new CreateInstanceRequest
        {
            Name = "sales",
            Proxy = new ProxyConfig { Protocol = ProxyProtocol.Socks5, Host = "proxy.company.com", Port = 1080, Username = "u", Password = "p" },
            Webhook = new WebhookConfig { Url = new Uri("https://myapp.com/webhook"), Events = [RyzeEvents.MessageExchange] },
            Settings = new InstanceSettings { AutoRejectCalls = true, CallRejectMessage = "No calls." },
        });

        var request = server.SingleRequest().RequestMessage;
        request.Headers!["token"].Should().Equal(RyzeTestServer.AccountToken);
        request.Headers!["User-Agent"].Single().Should().StartWith("RyzeApi.Client/0.1.0");
        JsonNode.DeepEquals(server.SingleRequestJson(), JsonNode.Parse("""
            {"name":"sales","proxyEnabled":true,"proxyHost":"proxy.company.com","proxyPort":"1080","proxyProtocol":"socks5","proxyUsername":"u","proxyPassword":"p",
             "webhookEnabled":true,"webhookURL":"https://myapp.com/webhook","webhookByEvents":false,"webhookEvents":["message.exchange"],"webhookMediaBase64":false,
             "autoRejectCalls":true,"callRejectMessage":"No calls.","ignoreGroupMessages":false,"keepOnlineStatus":false,"autoReadMessages":false,"disableHistorySync":true,"ignoreStatus":false}
            """)).Should().BeTrue(server.SingleRequest().RequestMessage.Body);
        created.Token.Should().Be("a1b2");
        created.Status.Should().Be(InstanceState.Disconnected);
        created.Proxy!.Port.Should().Be(1080);
        created.Proxy.Protocol.Should().Be(ProxyProtocol.Socks5);
        created.Chatwoot!.Status.Should().Be(ChatwootStatus.Error);
        created.ToString().Should().NotContain("a1b2");
    }

    [Fact]
    public async Task Delete_maps_404_to_not_found_with_actionable_message()
    {
        using var server = new RyzeTestServer();
        server.Respond("DELETE", "/api/instance/delete/sales", 404, """{"success":false,"error":{"message":"Instance not found"}}""");
        var client = server.CreateClient();

        var act = () => client.Instances.DeleteAsync("sales");

        (await act.Should().ThrowAsync<RyzeNotFoundException>()).Which.Message
            .Should().Be("RyzeAPI returned 404 (Not Found) for DELETE /api/instance/delete/sales: Instance not found");
    }
}
