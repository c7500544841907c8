using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

public sealed class InstanceTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Create_and_get_return_one_Instance_type_reading_state_and_number_from_either_shape()
    {
        _server.Respond("POST", "/api/instance/new", 201, """
            {"success":true,"instance":{"id":"7","name":"sales","token":"t-1","status":"disconnected","numberJid":"5511900000000@s.whatsapp.net"}}
            """);
        _server.Respond("GET", "/api/instance/list", 200, """
            {"success":true,"instances":[{"id":"7","name":"sales","status":"disconnected",
              "connection":{"state":"connected","numberJid":"5511999999999@s.whatsapp.net"},"profile":{"name":"Sales"}}]}
            """);

        Instance created = await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales" });
        Instance listed = await _server.Instances().GetAsync("sales");

        (created.State, created.NumberJid, created.Connection, created.Token).Should().Be((InstanceState.Disconnected, "5511900000000@s.whatsapp.net", null, "t-1"));
        (listed.State, listed.NumberJid, listed.Profile!.Name).Should().Be((InstanceState.Connected, "5511999999999@s.whatsapp.net", "Sales"));
    }

    [Fact]
    public void A_state_set_by_a_test_double_wins_over_the_reported_ones()
    {
        var instance = new Instance { Name = "sales", Connection = new ConnectionInfo { State = InstanceState.Connecting }, State = InstanceState.Connected };

        instance.State.Should().Be(InstanceState.Connected);
    }

    [Fact]
    public async Task Reported_urls_read_as_absolute_uris_and_empty_or_malformed_ones_as_none()
    {
        _server.Respond("GET", "/api/instance/list", 200, """
            {"success":true,"instances":[{"name":"sales","status":"connected",
              "webhook":{"enabled":true,"url":"https://app.example/wh"},
              "chatwoot":{"enabled":true,"baseUrl":"not a url"},
              "s3":{"enabled":true,"endpoint":""},
              "profile":{"pictureUrl":null}}]}
            """);

        var listed = await _server.Instances().GetAsync("sales");

        (listed.Webhook!.Url, listed.Chatwoot!.BaseUrl, listed.S3!.Endpoint, listed.Profile!.PictureUrl)
            .Should().Be((new Uri("https://app.example/wh"), (Uri?)null, (Uri?)null, (Uri?)null));
    }
}
