using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

public sealed class InstancesClientConfigurationTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    [Fact]
    public async Task GetSettings_reads_the_documented_answer()
    {
        _server.Respond("GET", "/api/instance/getSettings/sales", 200, DocumentedAnswers.Settings);

        var settings = await _server.Instances().GetSettingsAsync("sales");

        _server.ShouldHaveSent("GET", "/api/instance/getSettings/sales");
        settings.Should().Be(new InstanceSettings
        {
            AutoRejectCalls = false, CallRejectMessage = string.Empty, IgnoreGroupMessages = false, KeepOnlineStatus = false,
            AutoReadMessages = false, DisableHistorySync = true, IgnoreStatus = false,
        });
    }

    [Fact]
    public async Task UpdateSettings_sends_only_the_patched_fields_and_reads_all_seven()
    {
        // SPEC §2.8, request and answer verbatim.
        _server.Respond("POST", "/api/instance/settings/sales", 200, """
            {
              "success": true,
              "message": "Settings updated successfully",
              "settings": {
                "autoRejectCalls": true,
                "callRejectMessage": "I do not take calls here.",
                "ignoreGroupMessages": true,
                "keepOnlineStatus": false,
                "autoReadMessages": false,
                "disableHistorySync": true,
                "ignoreStatus": true
              }
            }
            """);

        var settings = await _server.Instances().UpdateSettingsAsync("sales", new InstanceSettingsPatch
        {
            IgnoreGroupMessages = true, IgnoreStatus = true, AutoRejectCalls = true, CallRejectMessage = "I do not take calls here.",
        });

        _server.ShouldHaveSent("POST", "/api/instance/settings/sales", json: """
            {
              "ignoreGroupMessages": true,
              "ignoreStatus": true,
              "autoRejectCalls": true,
              "callRejectMessage": "I do not take calls here."
            }
            """);
        settings.Should().Be(new InstanceSettings
        {
            AutoRejectCalls = true, CallRejectMessage = "I do not take calls here.", IgnoreGroupMessages = true,
            DisableHistorySync = true, IgnoreStatus = true,
        });
    }

    [Fact]
    public async Task UpdateSettings_sends_a_false_value_rather_than_omitting_it()
    {
        _server.Respond("POST", "/api/instance/settings/sales", 200, """{"success":true,"settings":{"autoReadMessages":false}}""");

        await _server.Instances().UpdateSettingsAsync("sales", new InstanceSettingsPatch { AutoReadMessages = false });

        _server.ShouldHaveSent("POST", "/api/instance/settings/sales", json: """{"autoReadMessages":false}""");
    }

    [Theory]
    [InlineData("\"1080\"")]
    [InlineData("1080")]
    public async Task GetProxy_reads_the_port_as_string_or_number(string port)
    {
        _server.Respond("GET", "/api/instance/getProxy/sales", 200, $$$"""
            {"success":true,"message":"Proxy configuration retrieved successfully",
             "proxy":{"enabled":true,"host":"proxy.example.com","port":{{{port}}},"protocol":"socks5","username":"user1"}}
            """);

        var proxy = await _server.Instances().GetProxyAsync("sales");

        _server.ShouldHaveSent("GET", "/api/instance/getProxy/sales");
        proxy.Should().Be(new ProxyInfo { Enabled = true, Host = "proxy.example.com", Port = 1080, Protocol = ProxyProtocol.Socks5, Username = "user1" });
    }

    [Fact]
    public async Task GetProxy_reads_an_instance_without_proxy()
    {
        _server.Respond("GET", "/api/instance/getProxy/sales", 200, """
            {"success":true,"proxy":{"enabled":false,"host":"","port":"","protocol":"","username":""}}
            """);

        var proxy = await _server.Instances().GetProxyAsync("sales");

        proxy.Enabled.Should().BeFalse();
        proxy.Protocol.Should().Be(ProxyProtocol.Unknown);
    }

    [Fact]
    public async Task UpdateProxy_sends_the_documented_body_with_the_port_as_a_string()
    {
        _server.Respond("POST", "/api/instance/proxy/sales", 200, """{"success":true,"proxy":{"enabled":true,"host":"proxy.example.com","port":"1080","protocol":"socks5","username":"user1"}}""");

        var stored = await _server.Instances().UpdateProxyAsync("sales", new ProxyConfig
        {
            Host = "proxy.example.com", Port = 1080, Protocol = ProxyProtocol.Socks5, Username = "user1", Password = "secret",
        });

        // SPEC §2.10 request example, verbatim.
        _server.ShouldHaveSent("POST", "/api/instance/proxy/sales", json: """
            {
              "enabled": true,
              "host": "proxy.example.com",
              "port": "1080",
              "protocol": "socks5",
              "username": "user1",
              "password": "secret"
            }
            """);
        stored.Should().Be(new ProxyInfo { Enabled = true, Host = "proxy.example.com", Port = 1080, Protocol = ProxyProtocol.Socks5, Username = "user1" });
    }

    [Fact]
    public async Task UpdateProxy_answered_without_a_proxy_returns_the_proxy_the_server_stored_not_the_request()
    {
        _server.Respond("POST", "/api/instance/proxy/sales", 200, """{"success":true,"message":"Proxy updated"}""");
        _server.Respond("GET", "/api/instance/getProxy/sales", 200, """{"success":true,"proxy":{"enabled":true,"host":"proxy.example.com","port":"3128","protocol":"http"}}""");

        var stored = await _server.Instances().UpdateProxyAsync("sales", new ProxyConfig { Host = "proxy.example.com", Port = 1080, Protocol = ProxyProtocol.Socks5 });

        stored.Should().Be(new ProxyInfo { Enabled = true, Host = "proxy.example.com", Port = 3128, Protocol = ProxyProtocol.Http });
        _server.Requests.Select(r => $"{r.RequestMessage.Method} {r.RequestMessage.Path}").Should().Equal(
            "POST /api/instance/proxy/sales", "GET /api/instance/getProxy/sales");
    }

    [Fact]
    public async Task UpdateProxy_disabled_sends_only_enabled_false_and_reads_the_servers_proxy()
    {
        _server.Respond("POST", "/api/instance/proxy/sales", 200, """{"success":true,"proxy":{"enabled":false}}""");

        var stored = await _server.Instances().UpdateProxyAsync("sales", ProxyConfig.Disabled);

        _server.ShouldHaveSent("POST", "/api/instance/proxy/sales", json: """{"enabled":false}""");
        stored.Enabled.Should().BeFalse();
    }

    [Fact]
    public async Task GetS3_reads_the_documented_answer()
    {
        // SPEC §2.11, verbatim (note: no "message").
        _server.Respond("GET", "/api/instance/getS3/sales", 200, """
            {
              "success": true,
              "s3": {
                "enabled": true,
                "region": "us-east-1",
                "bucket": "ryzeapi-media",
                "accessKey": "AKIA...",
                "secretKey": null,
                "endpoint": "",
                "pathPrefix": "media/myinstance/"
              }
            }
            """);

        var s3 = await _server.Instances().GetS3Async("sales");

        _server.ShouldHaveSent("GET", "/api/instance/getS3/sales");
        s3.Should().Be(new S3Info { Enabled = true, Region = "us-east-1", Bucket = "ryzeapi-media", AccessKey = "AKIA...", Endpoint = null, PathPrefix = "media/myinstance/" });
    }

    [Fact]
    public async Task UpdateS3_sends_the_documented_body_and_reads_the_answer()
    {
        _server.Respond("POST", "/api/instance/s3/sales", 200, """
            {"success":true,"message":"S3 configuration updated",
             "s3":{"enabled":true,"region":"us-east-1","bucket":"whatsapp","accessKey":"minioadmin","endpoint":"https://minio.internal.company.com","pathPrefix":"ryzeapi/"}}
            """);

        var s3 = await _server.Instances().UpdateS3Async("sales", new S3Config
        {
            Region = "us-east-1", Bucket = "whatsapp", Endpoint = new Uri("https://minio.internal.company.com"),
            AccessKey = "minioadmin", SecretKey = "minioadmin", PathPrefix = "ryzeapi/",
        });

        // SPEC §2.12 second request example, verbatim.
        _server.ShouldHaveSent("POST", "/api/instance/s3/sales", json: """
            {
              "enabled": true,
              "region": "us-east-1",
              "bucket": "whatsapp",
              "endpoint": "https://minio.internal.company.com",
              "accessKey": "minioadmin",
              "secretKey": "minioadmin",
              "pathPrefix": "ryzeapi/"
            }
            """);
        s3.Should().Be(new S3Info
        {
            Enabled = true, Region = "us-east-1", Bucket = "whatsapp", AccessKey = "minioadmin", Endpoint = new Uri("https://minio.internal.company.com"), PathPrefix = "ryzeapi/",
        });
    }

    [Fact]
    public async Task UpdateS3_on_AWS_sends_an_empty_endpoint_as_the_documented_example_does()
    {
        _server.Respond("POST", "/api/instance/s3/sales", 200, """{"success":true,"s3":{"enabled":true,"region":"us-east-1"}}""");

        await _server.Instances().UpdateS3Async("sales", new S3Config
        {
            Region = "us-east-1", Bucket = "ryzeapi-media", AccessKey = "AKIA...", SecretKey = "secret-redacted", PathPrefix = "media/myinstance/",
        });

        // SPEC §2.12 first request example, verbatim.
        _server.ShouldHaveSent("POST", "/api/instance/s3/sales", json: """
            {
              "enabled": true,
              "region": "us-east-1",
              "bucket": "ryzeapi-media",
              "accessKey": "AKIA...",
              "secretKey": "secret-redacted",
              "endpoint": "",
              "pathPrefix": "media/myinstance/"
            }
            """);
    }

    [Fact]
    public async Task UpdateS3_disabled_sends_only_enabled_false()
    {
        _server.Respond("POST", "/api/instance/s3/sales", 200, """{"success":true,"s3":{"enabled":false}}""");

        var s3 = await _server.Instances().UpdateS3Async("sales", S3Config.Disabled);

        _server.ShouldHaveSent("POST", "/api/instance/s3/sales", json: """{"enabled":false}""");
        s3.Enabled.Should().BeFalse();
    }
}
