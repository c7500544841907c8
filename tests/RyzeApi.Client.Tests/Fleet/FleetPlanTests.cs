namespace RyzeApi.Client.Tests.Fleet;

public sealed class FleetPlanTests : IAsyncLifetime
{
    private FleetServer _server = null!;

    public async Task InitializeAsync() => _server = await FleetServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task A_new_instance_is_planned_as_a_create_of_every_declared_field_after_one_list_call()
    {
        var plan = await _server.Client.Fleet.PlanAsync(FleetServer.Spec("""
            { "instances": { "shop-a": {
                "settings": { "autoRejectCalls": true },
                "proxy": { "protocol": "socks5", "host": "p.example.com", "port": 1080, "password": "${PROXY_PASSWORD}" } } } }
            """));

        plan.HasChanges.Should().BeTrue();
        plan.Changes.Should().ContainSingle().Which.Action.Should().Be(FleetAction.Create);
        plan.ToString().Should().Be("""
            Fleet plan: 1 to create, 0 to update, 0 to delete, 0 unchanged.

            + shop-a
                + settings.autoRejectCalls: true
                + proxy.enabled: true
                + proxy.protocol: "socks5"
                + proxy.host: "p.example.com"
                + proxy.port: 1080
                + proxy.password: ***

            """.ReplaceLineEndings());
        _server.Fake.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal("GET /api/instance/list");
    }

    [Fact]
    public async Task An_existing_instance_shows_each_differing_field_old_to_new_and_what_it_cannot_compare()
    {
        await _server.SeedAsync(new CreateInstanceRequest
        {
            Name = "shop-a",
            Settings = new InstanceSettings { AutoRejectCalls = true, CallRejectMessage = "Busy." },
            Proxy = new ProxyConfig { Host = "old.example.com", Port = 8080, Password = "x" },
            S3 = new S3Config { Region = "us-east-1", Bucket = "media", AccessKey = "AK", SecretKey = "y" },
        });

        var plan = await _server.Client.Fleet.PlanAsync(FleetServer.Spec("""
            { "instances": { "shop-a": {
                "settings": { "autoRejectCalls": true, "callRejectMessage": "No calls.", "keepOnlineStatus": true },
                "proxy": { "host": "new.example.com", "port": 8080, "password": "${PROXY_PASSWORD}" },
                "s3": { "region": "us-east-1", "bucket": "media", "accessKey": "AK", "secretKey": "${S3_SECRET}" } } } }
            """));

        var change = plan.Changes.Should().ContainSingle().Subject;
        change.Action.Should().Be(FleetAction.Update);
        change.Blocks.Select(b => b.Block).Should().Equal(FleetBlock.Settings, FleetBlock.Proxy);
        change.Blocks[0].Fields.Should().Equal(
            new FleetFieldChange { Field = "keepOnlineStatus", OldValue = "false", NewValue = "true" },
            new FleetFieldChange { Field = "callRejectMessage", OldValue = "\"Busy.\"", NewValue = "\"No calls.\"" });
        change.NotCompared.Should().Equal("s3.secretKey");
        plan.ToString().Should().Be("""
            Fleet plan: 0 to create, 1 to update, 0 to delete, 0 unchanged.

            ~ shop-a
                ~ settings.keepOnlineStatus: false -> true
                ~ settings.callRejectMessage: "Busy." -> "No calls."
                ~ proxy.host: "old.example.com" -> "new.example.com"
                ~ proxy.password: (not returned) -> ***
                ? s3.secretKey: not compared (RyzeAPI never returns it); sent when its block changes or with RotateSecrets

            """.ReplaceLineEndings());
        plan.ToString().Should().NotContainAny(FleetServer.Secrets.Values);
        _server.Fake.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "GET /api/instance/list", "GET /api/instance/getSettings/shop-a", "GET /api/instance/getProxy/shop-a", "GET /api/instance/getS3/shop-a");
    }

    [Fact]
    public async Task An_instance_that_matches_is_no_change_and_RotateSecrets_writes_its_secret_blocks()
    {
        await _server.SeedAsync(new CreateInstanceRequest { Name = "shop-a", Proxy = new ProxyConfig { Host = "p.example.com", Port = 1080, Password = "x" } });
        var spec = FleetServer.Spec("""{ "instances": { "shop-a": { "proxy": { "host": "p.example.com", "port": 1080, "password": "${PROXY_PASSWORD}" } } } }""");

        var plan = await _server.Client.Fleet.PlanAsync(spec);
        var rotated = await _server.Client.Fleet.PlanAsync(spec, new FleetPlanOptions { RotateSecrets = true });

        plan.HasChanges.Should().BeFalse();
        plan.Changes.Should().Equal(new FleetChange { Name = "shop-a", Action = FleetAction.NoChange, Blocks = plan.Changes[0].Blocks, NotCompared = plan.Changes[0].NotCompared });
        plan.Changes[0].Blocks.Should().BeEmpty();
        plan.Changes[0].NotCompared.Should().Equal("proxy.password");
        rotated.Changes[0].Action.Should().Be(FleetAction.Update);
        rotated.Changes[0].Blocks.Should().ContainSingle().Which.Fields.Should().Equal(
            new FleetFieldChange { Field = "password", OldValue = "(not returned)", NewValue = "***" });
    }

    [Fact]
    public async Task Instances_not_in_the_spec_are_deleted_only_when_it_prunes()
    {
        await _server.SeedAsync(new CreateInstanceRequest { Name = "keep" }, new CreateInstanceRequest { Name = "stray" });

        var kept = await _server.Client.Fleet.PlanAsync(FleetServer.Spec("""{ "instances": { "keep": {} } }"""));
        var pruned = await _server.Client.Fleet.PlanAsync(FleetServer.Spec("""{ "instances": { "keep": {} }, "prune": true }"""));

        kept.Changes.Select(c => (c.Name, c.Action)).Should().Equal(("keep", FleetAction.NoChange));
        pruned.Changes.Select(c => (c.Name, c.Action)).Should().Equal(("keep", FleetAction.NoChange), ("stray", FleetAction.Delete));
        pruned.ToString().Should().EndWith($"- stray (deleted){Environment.NewLine}");
    }

    [Fact]
    public async Task Disabling_a_block_compares_only_whether_it_is_enabled()
    {
        await _server.SeedAsync(new CreateInstanceRequest { Name = "a", Proxy = new ProxyConfig { Host = "p.example.com", Port = 1 } }, new CreateInstanceRequest { Name = "b" });

        var plan = await _server.Client.Fleet.PlanAsync(FleetServer.Spec("""
            { "instances": { "a": { "proxy": { "enabled": false } }, "b": { "proxy": { "enabled": false }, "s3": { "enabled": false } } } }
            """));

        plan.Changes[0].Blocks.Should().ContainSingle().Which.Fields.Should().Equal(new FleetFieldChange { Field = "enabled", OldValue = "true", NewValue = "false" });
        plan.Changes[1].Action.Should().Be(FleetAction.NoChange);
    }

    [Fact]
    public async Task A_changed_Chatwoot_block_of_an_existing_instance_is_refused_before_anything_is_written()
    {
        await _server.SeedAsync(new CreateInstanceRequest { Name = "a", Chatwoot = new ChatwootConfig { BaseUrl = new Uri("https://cw.example.com"), AccountId = 1, ApiToken = "t" } });

        var same = await _server.Client.Fleet.PlanAsync(FleetServer.Spec("""{ "instances": { "a": { "chatwoot": { "baseUrl": "https://cw.example.com", "accountId": 1, "apiToken": "${CHATWOOT_TOKEN}" } } } }"""));
        var act = () => _server.Client.Fleet.PlanAsync(FleetServer.Spec("""{ "instances": { "a": { "chatwoot": { "baseUrl": "https://cw.example.com", "accountId": 2, "apiToken": "${CHATWOOT_TOKEN}" } } } }"""));

        same.Changes[0].Action.Should().Be(FleetAction.NoChange);
        same.Changes[0].NotCompared.Should().Equal("chatwoot.apiToken");
        (await act.Should().ThrowAsync<NotSupportedException>()).Which.Message.Should().Contain("it differs for: a. Nothing was sent.");
        _server.Writes.Should().BeEmpty();
    }

    [Fact]
    public async Task Webhooks_by_label_and_the_WebSocket_are_read_through_the_events_endpoints_and_diffed()
    {
        await _server.SeedAsync(new CreateInstanceRequest
        {
            Name = "a",
            Webhook = new WebhookConfig { Url = new Uri("https://old.example.com"), Events = [RyzeEvents.MessageExchange] },
            WebSocket = new WebSocketConfig(),
        });

        var plan = await _server.Client.Fleet.PlanAsync(FleetServer.Spec("""
            { "instances": { "a": {
                "webhooks": {
                  "default": { "url": "https://old.example.com", "events": ["message.exchange", "call.update"], "authorization": "${HOOK_AUTH}" },
                  "audit": { "url": "https://audit.example.com" } },
                "websocket": { "events": [] } } } }
            """));

        plan.Changes[0].Blocks.Select(b => b.Key).Should().Equal("webhooks.default", "webhooks.audit");
        plan.Changes[0].Blocks[0].Fields.Should().Equal(
            new FleetFieldChange { Field = "events", OldValue = "[message.exchange]", NewValue = "[call.update, message.exchange]" },
            new FleetFieldChange { Field = "authorization", OldValue = "(not returned)", NewValue = "***" });
        plan.Changes[0].Blocks[1].Fields.Select(f => f.Field).Should().Equal("enabled", "url", "byEvents", "mediaBase64");
        _server.Fake.Requests.Select(r => $"{r.Method} {r.Path}").Should().Equal(
            "GET /api/instance/list", "GET /api/events/getWebhook/a", "GET /api/events/getWebsocket/a");
    }

    [Fact]
    public async Task An_invalid_spec_built_in_code_is_refused_before_anything_is_sent()
    {
        var spec = new FleetSpec { Instances = new Dictionary<string, FleetInstanceSpec> { ["a"] = new() { Proxy = new ProxyConfig { Host = "h", Port = 0 } } } };

        var act = () => _server.Client.Fleet.PlanAsync(spec);

        (await act.Should().ThrowAsync<ArgumentException>()).Which.ParamName.Should().Be("spec");
        _server.Fake.Requests.Should().BeEmpty();
    }
}
