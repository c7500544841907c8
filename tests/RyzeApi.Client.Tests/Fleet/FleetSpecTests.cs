using System.Text.Json;

namespace RyzeApi.Client.Tests.Fleet;

public sealed class FleetSpecTests
{
    private static readonly Dictionary<string, string> Environment = new(StringComparer.Ordinal)
    {
        ["SHOP_A_PROXY_PASSWORD"] = "proxy-pass-sentinel",
        ["RYZE_WEBHOOK_AUTH"] = "webhook-auth-sentinel",
        ["S3_SECRET"] = "s3-secret-sentinel",
    };

    private const string IssueExample = """
        {
          "instances": {
            "shop-a": {
              "settings": { "autoRejectCalls": true, "callRejectMessage": "No calls." },
              "proxy": { "enabled": true, "protocol": "socks5", "host": "proxy.example.com", "port": 1080,
                         "username": "shop", "password": "${SHOP_A_PROXY_PASSWORD}" },
              "webhooks": { "default": { "url": "https://app.example.com/ryze", "authorization": "Bearer ${RYZE_WEBHOOK_AUTH}",
                                         "events": ["message.exchange", "instance.state"] } },
              "s3": { "enabled": true, "region": "us-east-1", "bucket": "media", "accessKey": "AKIA1",
                      "secretKey": "${S3_SECRET}" }
            },
            "shop-b": { "settings": { "keepOnlineStatus": true } }
          },
          "prune": false
        }
        """;

    internal static FleetSpec Parse(string json, IReadOnlyDictionary<string, string>? environment = null) =>
        FleetSpec.Parse(json, name => (environment ?? Environment).GetValueOrDefault(name));

    [Fact]
    public void The_documented_example_maps_onto_the_SDKs_block_types_with_secrets_resolved()
    {
        var spec = Parse(IssueExample);

        spec.Prune.Should().BeFalse();
        spec.Instances.Keys.Should().Equal("shop-a", "shop-b");
        var shopA = spec.Instances["shop-a"];
        shopA.Settings.Should().Be(new InstanceSettingsPatch { AutoRejectCalls = true, CallRejectMessage = "No calls." });
        shopA.Proxy.Should().Be(new ProxyConfig
        {
            Protocol = ProxyProtocol.Socks5, Host = "proxy.example.com", Port = 1080, Username = "shop", Password = "proxy-pass-sentinel",
        });
        shopA.S3.Should().Be(new S3Config { Region = "us-east-1", Bucket = "media", AccessKey = "AKIA1", SecretKey = "s3-secret-sentinel" });
        shopA.Webhooks!.Keys.Should().Equal("default");
        shopA.Webhooks["default"].Url.Should().Be(new Uri("https://app.example.com/ryze"));
        shopA.Webhooks["default"].Authorization.Should().Be("Bearer webhook-auth-sentinel");
        shopA.Webhooks["default"].Events.Should().Equal(RyzeEvents.MessageExchange, RyzeEvents.InstanceState);
        shopA.Chatwoot.Should().BeNull();
        shopA.WebSocket.Should().BeNull();
        spec.Instances["shop-b"].Should().Be(new FleetInstanceSpec { Settings = new InstanceSettingsPatch { KeepOnlineStatus = true } });
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_JSON_path()
    {
        var act = () => Parse("""
            {
              "instances": {
                "a/b": { "settings": { "keepOnline": true } },
                "shop": {
                  "proxy": { "host": "p.example.com", "port": 70000, "protocol": "ftp" },
                  "s3": { "region": "r", "bucket": "b", "accessKey": "k", "secretKey": "${S3_SECRET}", "endpoint": "minio.local" },
                  "webhooks": { "alerts": { "url": "ftp://x.example.com", "events": ["message.sent"] } },
                  "chatwoot": { "baseUrl": "https://cw.example.com", "accountId": 0, "apiToken": "${S3_SECRET}" },
                  "websocket": { "enabled": "yes" }
                }
              },
              "prune": 1,
              "extra": {}
            }
            """);

        var errors = act.Should().Throw<FleetSpecException>().Which.Errors.Select(e => e.ToString());

        errors.Should().Equal(
            "$.extra: is not a known key here (expected one of: $schema, instances, prune)",
            "$.instances['a/b']: Instance name 'a/b' is not a single path segment: it must not contain '/', '\\', '?', '#', ',' or control characters.",
            "$.instances['a/b'].settings.keepOnline: is not a known key here (expected one of: autoRejectCalls, callRejectMessage, ignoreGroupMessages, keepOnlineStatus, autoReadMessages, disableHistorySync, ignoreStatus)",
            "$.instances.shop.proxy.protocol: must be http, https or socks5",
            "$.instances.shop.proxy.port: must be a whole number between 1 and 65535",
            "$.instances.shop.s3.endpoint: must be an absolute http or https URL",
            "$.instances.shop.chatwoot.accountId: must be a positive whole number",
            "$.instances.shop.webhooks.alerts.url: must be an absolute http or https URL",
            "$.instances.shop.webhooks.alerts.events[0]: must be one of: message.exchange, message.status, call.update, group.flow, instance.state, label.update",
            "$.instances.shop.websocket.enabled: must be true or false",
            "$.prune: must be true or false");
    }

    [Fact]
    public void A_missing_variable_is_named_and_no_other_value_is_shown()
    {
        var act = () => Parse("""
            { "instances": { "shop": { "proxy": { "host": "p.example.com", "port": 1, "username": "${S3_SECRET}", "password": "${NOT_SET}" } } } }
            """);

        var thrown = act.Should().Throw<FleetSpecException>().Which;
        thrown.Errors.Should().Equal(new FleetSpecError { Path = "$.instances.shop.proxy.password", Message = "the environment variable 'NOT_SET' is not set" });
        thrown.Message.Should().Be($"The fleet spec has 1 problem:{System.Environment.NewLine}  $.instances.shop.proxy.password: the environment variable 'NOT_SET' is not set");
    }

    [Theory]
    [InlineData("proxy", """{ "host": "h", "port": 1, "password": "plain" }""", "password")]
    [InlineData("s3", """{ "region": "r", "bucket": "b", "accessKey": "k", "secretKey": "plain" }""", "secretKey")]
    [InlineData("chatwoot", """{ "baseUrl": "https://c.example.com", "accountId": 1, "apiToken": "plain" }""", "apiToken")]
    public void A_secret_written_literally_is_refused_without_echoing_it(string block, string body, string key)
    {
        var act = () => Parse($$"""{ "instances": { "shop": { "{{block}}": {{body}} } } }""");

        var thrown = act.Should().Throw<FleetSpecException>().Which;
        thrown.Errors.Should().Equal(new FleetSpecError
        {
            Path = $"$.instances.shop.{block}.{key}",
            Message = "is a secret: write it as a \"${NAME}\" environment variable reference, not literally",
        });
        thrown.Message.Should().NotContain("plain");
    }

    [Fact]
    public void The_blocks_own_validation_reports_at_the_blocks_path()
    {
        var act = () => Parse("""
            { "instances": {
                "a": { "proxy": { "protocol": "http" } },
                "b": { "s3": { "region": "r" } },
                "c": { "chatwoot": { "accountId": 5 } },
                "d": { "webhooks": { "default": { "events": [] } } },
                "e": { "settings": {} } } }
            """);

        act.Should().Throw<FleetSpecException>().Which.Errors.Select(e => e.ToString()).Should().Equal(
            "$.instances.a.proxy: An enabled proxy needs a Host.",
            "$.instances.b.s3: An enabled S3 block needs Region, Bucket, AccessKey and SecretKey.",
            "$.instances.c.chatwoot: The Chatwoot BaseUrl must be an absolute http or https URL.",
            "$.instances.d.webhooks.default: The webhook Url must be an absolute http or https URL.",
            "$.instances.e.settings: must set at least one setting");
    }

    [Fact]
    public void Disabled_blocks_need_nothing_else()
    {
        var spec = Parse("""{ "instances": { "a": { "proxy": { "enabled": false }, "s3": { "enabled": false } } }, "prune": true }""");

        spec.Prune.Should().BeTrue();
        spec.Instances["a"].Proxy.Should().Be(ProxyConfig.Disabled);
        spec.Instances["a"].S3.Should().Be(S3Config.Disabled);
    }

    [Fact]
    public void Text_that_is_not_JSON_is_reported_by_position_without_quoting_it()
    {
        var act = () => Parse("{ \"instances\": { \"a\": secret-value } }");

        var thrown = act.Should().Throw<FleetSpecException>().Which;
        thrown.Errors.Should().Equal(new FleetSpecError { Path = "$", Message = "is not valid JSON (line 1, byte 23)" });
        thrown.Message.Should().NotContain("secret-value");
    }

    [Fact]
    public void A_spec_without_instances_is_refused()
    {
        var act = () => Parse("""{ "prune": true }""");

        act.Should().Throw<FleetSpecException>().Which.Errors.Should().Equal(new FleetSpecError { Path = "$.instances", Message = "is required" });
    }

    [Fact]
    public void Load_reads_a_file_with_comments_and_trailing_commas()
    {
        var path = Path.GetTempFileName();
        try
        {
            File.WriteAllText(path, """
                // fleet of one
                { "$schema": "./ryze.fleet.schema.json", "instances": { "solo": { "settings": { "ignoreStatus": true, }, }, }, }
                """);

            FleetSpec.Load(path).Instances["solo"].Settings.Should().Be(new InstanceSettingsPatch { IgnoreStatus = true });
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void The_shipped_JSON_Schema_and_the_parser_accept_the_same_keys()
    {
        using var schema = JsonDocument.Parse(File.ReadAllText(SchemaPath()));
        var definitions = schema.RootElement.GetProperty("$defs");

        foreach (var (definition, keys) in FleetSpecKeys.ByDefinition)
        {
            var node = definition == "root" ? schema.RootElement : definitions.GetProperty(definition);
            node.GetProperty("properties").EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(keys, definition);
            node.GetProperty("additionalProperties").GetBoolean().Should().BeFalse(definition);
        }
    }

    private static string SchemaPath()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "RyzeApi.Client.sln")))
        {
            directory = directory.Parent;
        }

        return Path.Combine(directory.FullName, "src", "RyzeApi.Client", "Fleet", "ryze.fleet.schema.json");
    }
}
