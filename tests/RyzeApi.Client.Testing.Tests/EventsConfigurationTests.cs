using System.Net;
using System.Text.Json.Nodes;
using RyzeApi.Client.Testing.Tests.Infrastructure;

namespace RyzeApi.Client.Testing.Tests;

/// <summary>The events configuration endpoints (SPEC §3.4–3.5) and their documented errors.</summary>
public sealed class EventsConfigurationTests
{
    [Fact]
    public async Task A_webhook_is_stored_by_label_and_answered_as_persisted()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var saved = await h.PostAsync("/api/events/webhook/sales", token, """
            {"label":"crm","url":"http://127.0.0.1:9/wh","authorization":"Bearer x","byEvents":true,"events":["call.update"],"mediaBase64":true}
            """);
        var all = await h.GetAsync("/api/events/getWebhook/sales", token);
        var one = await h.GetAsync("/api/events/getWebhook/sales?label=crm", token);
        var missing = await h.GetAsync("/api/events/getWebhook/sales?label=billing", token);

        var expected = JsonNode.Parse("""
            {"label":"crm","enabled":true,"url":"http://127.0.0.1:9/wh","authorization":"Bearer x","byEvents":true,"events":["call.update"],"mediaBase64":true}
            """);
        saved.Status.Should().Be(HttpStatusCode.OK);
        JsonNode.DeepEquals(saved.Json["webhook"], expected).Should().BeTrue(saved.Text);
        JsonNode.DeepEquals(all.Json["webhooks"], new JsonArray(expected!.DeepClone())).Should().BeTrue(all.Text);
        JsonNode.DeepEquals(one.Json["webhook"], expected).Should().BeTrue(one.Text);
        missing.ShouldBeError(HttpStatusCode.NotFound, "Webhook not found");
    }

    [Fact]
    public async Task A_fourth_enabled_webhook_is_refused_until_one_is_disabled()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");
        foreach (var label in new[] { "a", "b", "c" })
        {
            (await h.PostAsync("/api/events/webhook/sales", token, $$"""{"label":"{{label}}","url":"http://127.0.0.1:9/{{label}}"}""")).Status.Should().Be(HttpStatusCode.OK);
        }

        var fourth = await h.PostAsync("/api/events/webhook/sales", token, """{"label":"d","url":"http://127.0.0.1:9/d"}""");
        var disabled = await h.PostAsync("/api/events/webhook/sales", token, """{"label":"a","enabled":false}""");
        var retried = await h.PostAsync("/api/events/webhook/sales", token, """{"label":"d","url":"http://127.0.0.1:9/d"}""");

        fourth.ShouldBeError(HttpStatusCode.Conflict, "At most 3 webhooks can be enabled per instance");
        JsonNode.DeepEquals(disabled.Json["webhook"], JsonNode.Parse("""
            {"label":"a","enabled":false,"url":null,"authorization":null,"byEvents":false,"events":[],"mediaBase64":false}
            """)).Should().BeTrue(disabled.Text);
        retried.Status.Should().Be(HttpStatusCode.OK);
        (await h.GetAsync("/api/events/getWebhook/sales", token)).Json["webhooks"]!.AsArray().Select(w => w!["label"]!.GetValue<string>())
            .Should().Equal("a", "b", "c", "d");
    }

    [Fact]
    public async Task An_enabled_webhook_needs_an_absolute_url()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var r = await h.PostAsync("/api/events/webhook/sales", token, """{"label":"crm","url":"/relative"}""");

        r.ShouldBeError(HttpStatusCode.BadRequest, "The 'url' field must be an absolute http(s) URL when the webhook is enabled");
    }

    [Fact]
    public async Task The_WebSocket_is_not_configured_until_set_and_then_reads_back_as_documented()
    {
        await using var h = await Harness.StartAsync();
        var token = await h.CreateAsync("sales");

        var before = await h.GetAsync("/api/events/getWebsocket/sales", token);
        var invalid = await h.PostAsync("/api/events/websocket/sales", token, """{"events":["message.exchange"]}""");
        var set = await h.PostAsync("/api/events/websocket/sales", token, """{"enabled":true,"events":["message.exchange"]}""");
        var after = await h.GetAsync("/api/events/getWebsocket/sales", token);
        await h.PostAsync("/api/events/websocket/sales", token, """{"enabled":false}""");
        var disabled = await h.GetAsync("/api/events/getWebsocket/sales", token);

        before.ShouldBeError(HttpStatusCode.NotFound, "WebSocket not configured for this instance");
        invalid.ShouldBeError(HttpStatusCode.BadRequest, "Invalid request body");
        set.Status.Should().Be(HttpStatusCode.OK);
        after.Json.ToJsonString().Should().Be("""{"success":true,"message":"WebSocket configuration retrieved","websocket":{"enabled":true,"events":["message.exchange"],"mediaBase64":false}}""");
        disabled.Json.ToJsonString().Should().Be("""{"success":true,"message":"WebSocket configuration retrieved","websocket":{"enabled":false,"events":[],"mediaBase64":false}}""");
    }

    [Fact]
    public async Task The_configuration_endpoints_follow_the_token_rules()
    {
        await using var h = await Harness.StartAsync();
        await h.CreateAsync("sales");
        var other = await h.CreateAsync("support");

        (await h.GetAsync("/api/events/getWebsocket/sales", null)).ShouldBeError(HttpStatusCode.Unauthorized, "Invalid token");
        (await h.GetAsync("/api/events/getWebhook/sales", other)).ShouldBeError(HttpStatusCode.Forbidden, "Instance token does not match this instance");
        (await h.PostAsync("/api/events/websocket/nobody", h.Account, """{"enabled":true}""")).ShouldBeError(HttpStatusCode.NotFound, "Instance not found");
    }
}
