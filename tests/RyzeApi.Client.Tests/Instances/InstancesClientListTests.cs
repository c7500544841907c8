using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

public sealed class InstancesClientListTests : IDisposable
{
    private const string ListPath = "/api/instance/list";

    // SPEC §2.2 has no example; the shape is SPEC §6 (array key `instances`) with §2.2's field tables.
    private const string TwoInstances = """
        {
          "success": true,
          "message": "2 Instances found",
          "instances": [
            {
              "id": "1", "name": "support", "token": "tok-support", "status": "connected",
              "connection": { "state": "connected", "numberJid": "5511999999999@s.whatsapp.net", "presenceStatus": "available", "displayStatus": "Online" },
              "profile": { "name": "Support Team", "pictureUrl": "https://pps.whatsapp.net/p.jpg", "isBusiness": true, "businessName": "ACME" },
              "webhook": { "enabled": false },
              "websocket": { "enabled": true, "events": [], "mediaBase64": false }
            },
            { "id": "2", "name": "sales", "status": "disconnected", "connection": { "state": "disconnected", "numberJid": null } }
          ]
        }
        """;

    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task An_empty_account_answered_with_instances_null_lists_no_instances()
    {
        _server.Respond("GET", ListPath, 200, """{"success":true,"message":"0 Instances found","instances":null}""");

        var instances = await _server.Instances().ListAsync();

        instances.Should().BeEmpty();
    }

    [Fact]
    public async Task An_answer_without_the_instances_key_fails_closed()
    {
        _server.Respond("GET", ListPath, 200, """{"success":true,"message":"Instances found"}""");

        var act = () => _server.Instances().ListAsync();

        (await act.Should().ThrowExactlyAsync<RyzeApiException>()).Which.Message.Should().Contain("not the documented JSON");
    }

    [Fact]
    public async Task List_sends_no_filter_and_reads_every_instance()
    {
        _server.Respond("GET", ListPath, 200, TwoInstances);

        var instances = await _server.Instances().ListAsync();

        _server.ShouldHaveSent("GET", ListPath);
        instances.Select(i => i.Name).Should().Equal("support", "sales");
        var support = instances[0];
        support.Id.Should().Be("1");
        support.Token.Should().Be("tok-support");
        support.State.Should().Be(InstanceState.Connected);
        support.Connection.Should().Be(new ConnectionInfo
        {
            State = InstanceState.Connected, NumberJid = "5511999999999@s.whatsapp.net", PresenceStatus = "available", DisplayStatus = "Online",
        });
        support.Profile.Should().Be(new ProfileInfo { Name = "Support Team", PictureUrl = new Uri("https://pps.whatsapp.net/p.jpg"), IsBusiness = true, BusinessName = "ACME" });
        support.Webhook!.Enabled.Should().BeFalse();
        support.WebSocket!.Enabled.Should().BeTrue();
    }

    [Fact]
    public async Task List_item_without_token_is_read_with_a_null_token()
    {
        _server.Respond("GET", ListPath, 200, TwoInstances);

        var instances = await _server.Instances().ListAsync();

        instances[1].Token.Should().BeNull();
        instances[1].State.Should().Be(InstanceState.Disconnected);
    }

    [Fact]
    public async Task List_with_one_name_sends_it_as_instanceName()
    {
        _server.Respond("GET", ListPath, 200, TwoInstances);

        var instances = await _server.Instances().ListAsync(["sales"]);

        _server.ShouldHaveSent("GET", ListPath, query: "instanceName=sales");
        instances.Should().ContainSingle().Which.Name.Should().Be("sales");
    }

    [Fact]
    public async Task List_with_several_names_sends_them_comma_separated_and_filters_the_answer()
    {
        _server.Respond("GET", ListPath, 200, """
            {"success":true,"instances":[{"name":"marketing"},{"name":"support"},{"name":"sales"}]}
            """);

        var instances = await _server.Instances().ListAsync(["sales", "support"]);

        _server.ShouldHaveSent("GET", ListPath, query: "instanceName=sales,support");
        instances.Select(i => i.Name).Should().Equal("support", "sales");
    }

    [Fact]
    public async Task Get_returns_only_the_matching_instance_when_the_server_ignores_the_filter()
    {
        _server.Respond("GET", ListPath, 200, TwoInstances);

        var instance = await _server.Instances().GetAsync("sales");

        _server.ShouldHaveSent("GET", ListPath, query: "instanceName=sales");
        instance.Name.Should().Be("sales");
        instance.Id.Should().Be("2");
    }

    [Fact]
    public async Task Get_matches_names_exactly_not_by_case()
    {
        _server.Respond("GET", ListPath, 200, """{"success":true,"instances":[{"name":"Sales","token":"other-tenant"}]}""");

        var act = () => _server.Instances().GetAsync("sales");

        await act.Should().ThrowAsync<RyzeNotFoundException>();
    }

    [Fact]
    public async Task Get_throws_not_found_when_no_listed_instance_matches()
    {
        _server.Respond("GET", ListPath, 200, TwoInstances);

        var act = () => _server.Instances().GetAsync("marketing");

        var error = (await act.Should().ThrowAsync<RyzeNotFoundException>()).Which;
        error.StatusCode.Should().Be(System.Net.HttpStatusCode.NotFound);
        error.Message.Should().Contain("GET /api/instance/list");
    }

    [Fact]
    public async Task Get_maps_the_servers_404_to_not_found()
    {
        _server.Respond("GET", ListPath, 404, """{"success":false,"error":{"message":"Instance not found"}}""");

        var act = () => _server.Instances().GetAsync("ghost");

        (await act.Should().ThrowAsync<RyzeNotFoundException>()).Which.Message
            .Should().Be("RyzeAPI returned 404 (Not Found) for GET /api/instance/list: Instance not found");
    }

    [Fact]
    public async Task List_reads_state_from_status_only_when_no_connection_state_was_sent()
    {
        _server.Respond("GET", ListPath, 200, """
            {"success":true,"instances":[
              {"name":"a","status":"loggedout","extra":{"deep":[1]}},
              {"name":"b","status":"connected","connection":{"state":"hibernating"}},
              {"name":"c","status":"connecting","connection":{"state":"logged_out"}},
              {"name":"d","status":"connected","connection":{"state":"banned"}},
              {"name":"e","status":"connected","connection":{"state":"temp_banned"}},
              {"name":"f","status":"connecting","connection":{"numberJid":null}},
              {"name":"g","status":"connecting","connection":{"state":null}},
              {"name":"h","status":"connected","connection":{"state":""}}]}
            """);

        var instances = await _server.Instances().ListAsync();

        // "hibernating" is a state this SDK does not know: Unknown, not the possibly stale stored "connected".
        instances.Select(i => i.State).Should().Equal(
            InstanceState.LoggedOut, InstanceState.Unknown, InstanceState.LoggedOut, InstanceState.Banned, InstanceState.TempBanned,
            InstanceState.Connecting, InstanceState.Connecting, InstanceState.Connected);
        instances[5].Connection!.State.Should().BeNull();
    }

    [Fact]
    public async Task Get_reads_flags_and_timestamps_of_the_undocumented_blocks_in_any_shape()
    {
        // SPEC §2.2 shows the list item's blocks only in part: null flags, string flags and Unix times must not fail.
        _server.Respond("GET", ListPath, 200, """
            {"success":true,"instances":[{"name":"sales","status":"connected",
              "profile":{"name":"Sales","isBusiness":null},
              "s3":{"enabled":null}, "proxy":{"enabled":"true"}, "webhook":{"enabled":1},
              "websocket":{"enabled":false,"mediaBase64":"yes"}, "chatwoot":{"enabled":{"on":true}},
              "createdAt":"", "updatedAt":1714300000}]}
            """);

        var instance = await _server.Instances().GetAsync("sales");

        instance.Profile!.IsBusiness.Should().BeFalse();
        (instance.S3!.Enabled, instance.Proxy!.Enabled, instance.Webhook!.Enabled).Should().Be((false, true, true));
        (instance.WebSocket!.Enabled, instance.WebSocket.MediaBase64, instance.Chatwoot!.Enabled).Should().Be((false, false, false));
        instance.CreatedAt.Should().BeNull();
        instance.UpdatedAt.Should().Be(DateTimeOffset.FromUnixTimeSeconds(1714300000));
    }

    [Fact]
    public async Task A_null_item_odd_webhook_flags_and_Gos_zero_time_do_not_fail_the_list()
    {
        _server.Respond("GET", ListPath, 200, """
            {"success":true,"instances":[null,
              {"name":"sales","status":"connected","createdAt":"0001-01-01T00:00:00Z","updatedAt":-62135596800,
               "webhook":{"enabled":true,"url":"https://a.example/wh","byEvents":"false","mediaBase64":1}},
              {"name":"support","status":"disconnected","webhook":{"enabled":true,"byEvents":{"x":1},"mediaBase64":null}}]}
            """);

        var listed = await _server.Instances().ListAsync();

        listed.Select(i => i.Name).Should().Equal("sales", "support");
        (listed[0].Webhook!.ByEvents, listed[0].Webhook!.MediaBase64).Should().Be((false, true));
        (listed[0].CreatedAt, listed[0].UpdatedAt).Should().Be(((DateTimeOffset?)null, (DateTimeOffset?)null), "Go's zero time, as text or as Unix seconds");
        (listed[1].Webhook!.ByEvents, listed[1].Webhook!.MediaBase64).Should().Be(((bool?)null, (bool?)null));
        (await _server.Instances().GetAsync("support")).Name.Should().Be("support");
    }

    [Fact]
    public async Task List_reads_an_empty_account()
    {
        _server.Respond("GET", ListPath, 200, """{"success":true,"message":"0 Instances found","instances":[]}""");

        var instances = await _server.Instances().ListAsync();

        instances.Should().BeEmpty();
    }
}
