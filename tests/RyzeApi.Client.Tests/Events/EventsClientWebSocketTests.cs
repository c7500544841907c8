using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Events;

/// <summary>The WebSocket configuration calls (SPEC §3.5): exact bodies, the documented answers, "never configured" as null.</summary>
public sealed class EventsClientWebSocketTests : IDisposable
{
    private const string ConfigurePath = "/api/events/websocket/sales";
    private const string ReadPath = "/api/events/getWebsocket/sales";

    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Configure_sends_the_documented_body_and_reads_the_stored_configuration()
    {
        _server.Respond("POST", ConfigurePath, 200, """{"success":true,"websocket":{"enabled":true,"events":["message.exchange"],"mediaBase64":true}}""");

        var stored = await _server.Events().ConfigureWebSocketAsync("sales", new WebSocketConfig { Events = [RyzeEvents.MessageExchange], MediaBase64 = true });

        _server.ShouldHaveSent("POST", ConfigurePath, json: """{"enabled":true,"events":["message.exchange"],"mediaBase64":true}""");
        (stored.Enabled, stored.Events.Single(), stored.MediaBase64).Should().Be((true, "message.exchange", true));
    }

    [Fact]
    public async Task Disabling_sends_only_enabled_false()
    {
        _server.Respond("POST", ConfigurePath, 200, """{"success":true}""");

        var stored = await _server.Events().ConfigureWebSocketAsync("sales", new WebSocketConfig { Enabled = false, MediaBase64 = true });

        _server.ShouldHaveSent("POST", ConfigurePath, json: """{"enabled":false}""");
        (stored.Enabled, stored.Events.Count, stored.MediaBase64).Should().Be((false, 0, false));
    }

    [Fact]
    public async Task Get_reads_the_documented_answer()
    {
        _server.Respond("GET", ReadPath, 200, """
            {
              "success": true,
              "message": "WebSocket configuration retrieved",
              "websocket": {
                "enabled":     true,
                "events":      ["message.exchange"],
                "mediaBase64": false
              }
            }
            """);

        var config = await _server.Events().GetWebSocketAsync("sales");

        _server.ShouldHaveSent("GET", ReadPath);
        (config!.Enabled, config.Events.Single(), config.MediaBase64).Should().Be((true, "message.exchange", false));
    }

    [Fact]
    public async Task A_disabled_configuration_is_not_null()
    {
        _server.Respond("GET", ReadPath, 200, """
            {"success": true, "message": "WebSocket configuration retrieved", "websocket": {"enabled": false, "events": [], "mediaBase64": false}}
            """);

        var config = await _server.Events().GetWebSocketAsync("sales");

        (config!.Enabled, config.Events.Count).Should().Be((false, 0));
    }

    [Fact]
    public async Task Never_configured_reads_as_null_but_a_missing_instance_throws()
    {
        _server.Respond("GET", ReadPath, 404, """{"success":false,"error":{"message":"WebSocket not configured for this instance"}}""");
        _server.Respond("GET", "/api/events/getWebsocket/gone", 404, """{"success":false,"error":{"message":"Instance not found"}}""");
        var events = _server.Events();

        var config = await events.GetWebSocketAsync("sales");
        var gone = () => events.GetWebSocketAsync("gone");

        config.Should().BeNull();
        (await gone.Should().ThrowAsync<RyzeNotFoundException>()).Which.ErrorMessage.Should().Be("Instance not found");
    }

    [Fact]
    public async Task A_blank_event_name_is_refused_before_sending()
    {
        var configure = () => _server.Events().ConfigureWebSocketAsync("sales", new WebSocketConfig { Events = [" "] });

        (await configure.Should().ThrowAsync<ArgumentException>()).WithParameterName("webSocket");
        _server.Requests.Should().BeEmpty();
    }
}
