using System.Net;
using System.Net.WebSockets;
using System.Text.Json.Nodes;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

/// <summary>Events leaving the fake: WebSocket frames (SPEC §3.5) and webhook POSTs (SPEC §3.4), state changes included.</summary>
public sealed class EventDeliveryTests
{
    [Fact]
    public async Task The_upgrade_is_refused_with_the_documented_400_while_the_WebSocket_is_disabled()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.GetAsync("/ws/sales", token);

        r.ShouldBeError(HttpStatusCode.BadRequest, "WebSocket is not enabled for this instance. Configure it first using POST /api/events/websocket/sales");
        h.Server.CountRequests("GET /ws/{instance}").Should().Be(1);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Frames_are_envelopes_with_the_instance_data_and_follow_the_event_filter(bool tokenInQuery)
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales", """ "websocketEnabled":true,"websocketEvents":["message.exchange"] """);
        using var client = await EventSocketClient.ConnectAsync(h.Server, "sales", token, tokenInQuery);

        await h.Server.EmitAsync("sales", RyzeEventFactory.CallUpdate("sales", CallUpdateKind.Offer));
        await h.Server.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "hello", messageId: "m-1"));
        var frame = await client.ReceiveAsync();

        frame["event"]!.GetValue<string>().Should().Be("message.exchange");
        frame["data"]!["message"]!["content"]!["text"]!.GetValue<string>().Should().Be("hello");
        JsonNode.DeepEquals(frame["instanceData"], new JsonObject
        {
            ["baseUrl"] = h.Server.BaseAddress.GetLeftPart(UriPartial.Authority), ["instance"] = "sales", ["token"] = token,
        }).Should().BeTrue(frame.ToJsonString());
    }

    [Fact]
    public async Task A_raw_envelope_is_sent_verbatim()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales", """ "websocketEnabled":true """);
        using var client = await EventSocketClient.ConnectAsync(h.Server, "sales", token);
        const string Raw = """{"event":"poll.vote","data":{"odd":[1,{"x":null}]},"instanceData":{"instance":"sales"}}""";

        await h.Server.EmitAsync("sales", Raw);

        (await client.ReceiveAsync()).ToJsonString().Should().Be(Raw);
    }

    [Fact]
    public async Task Pairing_connect_and_logout_emit_instance_state_events_in_the_event_vocabulary()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales", """ "websocketEnabled":true """);
        using var client = await EventSocketClient.ConnectAsync(h.Server, "sales", token);

        await h.GetAsync("/api/instance/connect/sales", token);
        h.Server.SimulatePairing("sales", "5511988887777");
        await h.DeleteAsync("/api/instance/logout/sales", token);

        var states = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            var frame = await client.ReceiveAsync();
            frame["event"]!.GetValue<string>().Should().Be("instance.state");
            states.Add(frame["data"]!["state"]!.GetValue<string>());
        }

        states.Should().Equal("qr_ready", "pair_success", "connected", "logged_out");
    }

    [Fact]
    public async Task Auto_pairing_emits_its_state_events_without_anyone_reading_the_instance()
    {
        await using var h = await Harness.StartAsync(o => o.AutoPairAfter = TimeSpan.FromSeconds(5));
        var token = await h.CreateAsync("sales", """ "websocketEnabled":true """);
        using var client = await EventSocketClient.ConnectAsync(h.Server, "sales", token);
        await h.GetAsync("/api/instance/connect/sales", token);

        h.Time.Advance(TimeSpan.FromSeconds(5));

        var states = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            states.Add((await client.ReceiveAsync())["data"]!["state"]!.GetValue<string>());
        }

        states.Should().Equal("qr_ready", "pair_success", "connected");
    }

    [Fact]
    public async Task A_dropped_socket_ends_without_a_close_handshake()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales", """ "websocketEnabled":true """);
        using var client = await EventSocketClient.ConnectAsync(h.Server, "sales", token);
        await h.Server.WaitForWebSocketsAsync("sales");

        var dropped = h.Server.DisconnectWebSockets("sales");
        var receive = () => client.ReceiveAsync();

        dropped.Should().Be(1);
        await receive.Should().ThrowAsync<WebSocketException>();
    }

    [Fact]
    public async Task Webhooks_get_their_events_with_the_byEvents_suffix_and_the_authorization_header()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");
        await h.PostAsync("/api/events/webhook/sales", token, $$"""
            {"label":"crm","url":"{{receiver.Url}}","authorization":"Bearer svc-token-xyz","byEvents":true,"events":["message.status"]}
            """);

        await h.Server.EmitAsync("sales", RyzeEventFactory.MessageReceived("sales", "not delivered"));
        await h.Server.EmitAsync("sales", RyzeEventFactory.MessageStatus("sales", "m-1", MessageDeliveryStatus.Read));

        var (path, authorization, body) = receiver.Received.Should().ContainSingle().Subject;
        (path, authorization).Should().Be(("/hooks/in/message.status", "Bearer svc-token-xyz"));
        var envelope = JsonNode.Parse(body)!;
        (envelope["event"]!.GetValue<string>(), envelope["data"]!["status"]!.GetValue<string>(), envelope["instanceData"]!["token"]!.GetValue<string>())
            .Should().Be(("message.status", "read", token));
        h.Server.WebhookDeliveries.Should().Equal(new FakeWebhookDelivery
        {
            Label = "crm", Url = receiver.Url + "/message.status", EventName = "message.status", Attempts = 1, StatusCode = 200, Succeeded = true,
        });
    }

    [Fact]
    public async Task A_webhook_answering_non_2xx_is_tried_again_a_few_times()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var h = await Harness.StartAsync(o => o.WebhookRetryDelay = TimeSpan.Zero);
        await h.CreateAsync("sales", $$""" "webhookEnabled":true,"webhookURL":"{{receiver.Url}}" """);
        receiver.AnswerNext(500, 503);

        await h.Server.EmitAsync("sales", RyzeEventFactory.InstanceState("sales", InstanceState.Connected));
        receiver.AnswerNext(500, 500, 500);
        await h.Server.EmitAsync("sales", RyzeEventFactory.InstanceState("sales", InstanceState.LoggedOut));

        h.Server.WebhookDeliveries.Select(d => (d.Attempts, d.StatusCode, d.Succeeded)).Should().Equal((3, 200, true), (3, 500, false));
        receiver.Received.Should().HaveCount(6);
        receiver.Received.Select(r => r.Authorization).Should().OnlyContain(a => a == null);
    }

    [Fact]
    public async Task Webhooks_outside_loopback_are_recorded_but_not_called()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales", """ "webhookEnabled":true,"webhookURL":"https://hooks.example/in" """);

        await h.Server.EmitAsync("sales", RyzeEventFactory.InstanceState("sales", InstanceState.Connected));

        h.Server.WebhookDeliveries.Should().Equal(new FakeWebhookDelivery
        {
            Label = "default", Url = "https://hooks.example/in", EventName = "instance.state", Attempts = 0, StatusCode = null, Succeeded = false,
        });
    }

    [Fact]
    public async Task Emitting_to_an_unknown_instance_throws()
    {
        await using var h = await Harness.StartAsync();

        var emit = () => h.Server.EmitAsync("nobody", RyzeEventFactory.MessageReceived("nobody", "hi"));

        await emit.Should().ThrowAsync<InvalidOperationException>();
    }
}
