using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

public sealed class InstancesClientCreateTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task Create_sends_only_the_name_when_no_block_is_set()
    {
        _server.Respond("POST", "/api/instance/new", 201, DocumentedAnswers.Create);

        await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "my-instance" });

        _server.ShouldHaveSent("POST", "/api/instance/new", json: """{"name":"my-instance"}""");
    }

    [Fact]
    public async Task A_create_answered_201_with_an_html_body_throws_saying_it_may_have_been_processed()
    {
        _server.RespondRaw("POST", "/api/instance/new", 201, "<html><body>Created</body></html>", "text/html");

        var act = () => _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales" });

        var thrown = (await act.Should().ThrowAsync<RyzeApiException>()).Which;
        thrown.StatusCode.Should().Be(System.Net.HttpStatusCode.Created);
        thrown.MayHaveBeenProcessed.Should().BeTrue("the server answered 201, so it created the instance");
        _server.Requests.Should().ContainSingle();
    }

    [Fact]
    public async Task Create_sends_flat_body_with_inline_blocks()
    {
        _server.Respond("POST", "/api/instance/new", 201, DocumentedAnswers.Create);

        await _server.Instances().CreateAsync(new CreateInstanceRequest
        {
            Name = "my-instance",
            Token = "custom-instance-token",
            Proxy = new ProxyConfig { Protocol = ProxyProtocol.Socks5, Host = "proxy.company.com", Port = 1080, Username = "user1", Password = "secret" },
            Webhook = new WebhookConfig
            {
                Url = new Uri("https://myapp.com/webhook"), Authorization = "Bearer svc-token-xyz", ByEvents = true,
                Events = [RyzeEvents.MessageExchange, RyzeEvents.CallUpdate], MediaBase64 = false,
            },
            WebSocket = new WebSocketConfig { Events = [RyzeEvents.MessageExchange], MediaBase64 = true },
            Chatwoot = new ChatwootConfig
            {
                BaseUrl = new Uri("https://chatwoot.example.com"), AccountId = 5, ApiToken = "sk_live_abc123", InboxName = "WhatsApp - Orion",
                SignMessages = true, IgnoreGroups = false, StartAsPending = true, ReopenResolved = false,
            },
            Settings = new InstanceSettings
            {
                AutoRejectCalls = true, CallRejectMessage = "This number does not accept calls.", KeepOnlineStatus = true, IgnoreStatus = true,
            },
            S3 = new S3Config
            {
                Region = "us-east-1", Bucket = "whatsapp", AccessKey = "minioadmin", SecretKey = "minio-secret",
                Endpoint = new Uri("https://minio.internal.company.com"), PathPrefix = "ryzeapi/",
            },
        });

        _server.ShouldHaveSent("POST", "/api/instance/new", json: """
            {
              "name": "my-instance", "token": "custom-instance-token",
              "proxyEnabled": true, "proxyHost": "proxy.company.com", "proxyPort": "1080", "proxyProtocol": "socks5",
              "proxyUsername": "user1", "proxyPassword": "secret",
              "webhookEnabled": true, "webhookURL": "https://myapp.com/webhook", "webhookAuthorization": "Bearer svc-token-xyz",
              "webhookByEvents": true, "webhookEvents": ["message.exchange", "call.update"], "webhookMediaBase64": false,
              "websocketEnabled": true, "websocketEvents": ["message.exchange"], "websocketMediaBase64": true,
              "chatwootEnabled": true, "chatwootBaseUrl": "https://chatwoot.example.com", "chatwootAccountId": 5,
              "chatwootApiToken": "sk_live_abc123", "chatwootInboxName": "WhatsApp - Orion", "chatwootSignMessages": true,
              "chatwootIgnoreGroups": false, "chatwootStartAsPending": true, "chatwootReopenResolved": false,
              "autoRejectCalls": true, "callRejectMessage": "This number does not accept calls.", "ignoreGroupMessages": false,
              "keepOnlineStatus": true, "autoReadMessages": false, "disableHistorySync": true, "ignoreStatus": true,
              "s3Enabled": true, "s3Region": "us-east-1", "s3Bucket": "whatsapp", "s3AccessKey": "minioadmin", "s3SecretKey": "minio-secret",
              "s3Endpoint": "https://minio.internal.company.com", "s3PathPrefix": "ryzeapi/"
            }
            """);
    }

    [Fact]
    public async Task Create_omits_unset_optional_fields_of_a_block()
    {
        _server.Respond("POST", "/api/instance/new", 201, DocumentedAnswers.Create);

        await _server.Instances().CreateAsync(new CreateInstanceRequest
        {
            Name = "suporte",
            Chatwoot = new ChatwootConfig { BaseUrl = new Uri("https://chatwoot.example.com"), AccountId = 5, ApiToken = "sk_live_abc123...", InboxName = "WhatsApp - Orion" },
        });

        // SPEC §2.1 "Inline Chatwoot" example, verbatim.
        _server.ShouldHaveSent("POST", "/api/instance/new", json: """
            {
              "name": "suporte",
              "chatwootEnabled": true,
              "chatwootBaseUrl": "https://chatwoot.example.com",
              "chatwootAccountId": 5,
              "chatwootApiToken": "sk_live_abc123...",
              "chatwootInboxName": "WhatsApp - Orion"
            }
            """);
    }

    [Fact]
    public async Task Create_reads_the_documented_answer_into_the_instance()
    {
        _server.Respond("POST", "/api/instance/new", 201, DocumentedAnswers.Create);

        var created = await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "my-instance" });

        created.Id.Should().Be("5e1d...");
        created.Name.Should().Be("my-instance");
        created.Token.Should().Be("a1b2c3d4-...");
        created.Status.Should().Be(InstanceState.Disconnected);
        created.NumberJid.Should().BeNull();
        created.Proxy.Should().Be(new ProxyInfo { Enabled = false, Protocol = ProxyProtocol.Unknown });
        created.Webhook!.Enabled.Should().BeTrue();
        created.Webhook.Url.Should().Be("https://myapp.com/webhook");
        created.Webhook.Events.Should().Equal("message.exchange", "call.update");
        created.WebSocket!.Enabled.Should().BeTrue();
        created.WebSocket.Events.Should().Equal("message.exchange");
        created.WebSocket.MediaBase64.Should().BeFalse();
        created.Chatwoot.Should().Be(new ChatwootInfo
        {
            Enabled = true, Status = ChatwootStatus.Active, BridgeIntegrationId = "int_xyz789abc",
            BaseUrl = new Uri("https://chatwoot.example.com"), AccountId = 5, InboxName = "WhatsApp - Orion",
        });
        created.Settings.Should().Be(new InstanceSettings { DisableHistorySync = true });
        created.S3.Should().Be(new S3Info { Enabled = false });
        created.CreatedAt.Should().Be(new DateTimeOffset(2026, 4, 28, 10, 30, 0, TimeSpan.Zero));
        created.UpdatedAt.Should().Be(new DateTimeOffset(2026, 4, 28, 10, 30, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Create_reads_a_failed_chatwoot_block_without_failing()
    {
        _server.Respond("POST", "/api/instance/new", 201, """
            {"success":true,"message":"Instance created","instance":{"name":"suporte","token":"t",
             "chatwoot": { "enabled": false, "status": "error", "error": "Chatwoot API returned 401 - verifique o chatwootApiToken" }}}
            """);

        var created = await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "suporte" });

        created.Chatwoot!.Enabled.Should().BeFalse();
        created.Chatwoot.Status.Should().Be(ChatwootStatus.Error);
        created.Chatwoot.Error.Should().Be("Chatwoot API returned 401 - verifique o chatwootApiToken");
    }

    [Theory]
    [InlineData(200)]
    [InlineData(201)]
    public async Task Create_accepts_200_as_well_as_201(int status)
    {
        _server.Respond("POST", "/api/instance/new", status, DocumentedAnswers.Create);

        var created = await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "my-instance" });

        created.Token.Should().Be("a1b2c3d4-...");
    }

    [Theory]
    [InlineData("""{"success":true,"instance":{"id":"5e1d","name":"sales","status":"disconnected"},"data":{"token":"from-data"}}""")]
    [InlineData("""{"success":true,"data":{"token":"from-data"}}""")]
    [InlineData("""{"success":true,"instance":{"id":"5e1d"},"data":{"token":"from-data"}}""")]
    public async Task Create_reads_the_token_from_data_when_instance_has_none(string answer)
    {
        _server.Respond("POST", "/api/instance/new", 201, answer);

        var created = await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales" });

        created.Token.Should().Be("from-data");
        created.Name.Should().Be("sales");
    }

    [Fact]
    public async Task Create_names_the_instance_as_requested_when_the_answer_has_no_name()
    {
        _server.Respond("POST", "/api/instance/new", 201, """{"success":true,"instance":{"id":"5e1d","token":"t"}}""");

        var created = await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales" });

        created.Name.Should().Be("sales");
        created.Token.Should().Be("t");
    }

    [Fact]
    public async Task Create_prefers_instance_token_over_data_token()
    {
        _server.Respond("POST", "/api/instance/new", 201, """{"success":true,"instance":{"name":"sales","token":"from-instance"},"data":{"token":"from-data"}}""");

        var created = await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales" });

        created.Token.Should().Be("from-instance");
    }

    [Fact]
    public async Task Create_ignores_unknown_fields_and_maps_unknown_values_to_Unknown()
    {
        _server.Respond("POST", "/api/instance/new", 201, """
            {"success":true,"brandNew":{"x":[1,2]},"instance":{"name":"sales","token":"t","status":"hibernating","futureFlag":true,
             "proxy":{"enabled":true,"host":"h","port":8080,"protocol":"quic"},"chatwoot":{"enabled":true,"status":"pending"}}}
            """);

        var created = await _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales" });

        created.Status.Should().Be(InstanceState.Unknown);
        created.Proxy!.Port.Should().Be(8080);
        created.Proxy.Protocol.Should().Be(ProxyProtocol.Unknown);
        created.Chatwoot!.Status.Should().Be(ChatwootStatus.Unknown);
    }
}
