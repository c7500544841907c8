using RyzeApi.Client.Tests.Infrastructure;

namespace RyzeApi.Client.Tests.Instances;

/// <summary>Bad input fails with an <see cref="ArgumentException"/> naming the parameter, and nothing reaches the server.</summary>
public sealed class InstancesClientValidationTests : IDisposable
{
    private readonly RyzeTestServer _server = new();

    public void Dispose() => _server.Dispose();

    public static TheoryData<string> BadNames => ["", " ", "\t", "a/b", "a?b", "a#b", "a\\b", "a,b", "..", ".", "a\nb", "a\u0000b", "a\u001Fb", "a\u007Fb", "a\u0085b", "a\u009Fb"];

    [Theory]
    [MemberData(nameof(BadNames))]
    public async Task Bad_instance_names_send_nothing(string name)
    {
        var client = _server.Instances();

        await ShouldReject(() => client.DeleteAsync(name), "name");
        await ShouldReject(() => client.GetAsync(name), "name");
        await ShouldReject(() => client.ConnectAsync(name), "name");
        await ShouldReject(() => client.ReconnectAsync(name), "name");
        await ShouldReject(() => client.LogoutAsync(name), "name");
        await ShouldReject(() => client.GetSettingsAsync(name), "name");
        await ShouldReject(() => client.UpdateSettingsAsync(name, new InstanceSettingsPatch { AutoReadMessages = true }), "name");
        await ShouldReject(() => client.GetProxyAsync(name), "name");
        await ShouldReject(() => client.UpdateProxyAsync(name, ProxyConfig.Disabled), "name");
        await ShouldReject(() => client.GetS3Async(name), "name");
        await ShouldReject(() => client.UpdateS3Async(name, S3Config.Disabled), "name");
        await ShouldReject(() => client.GetMetricsAsync(name), "name");
        await ShouldReject(() => client.GetMetricsAsync(["sales", name]), "names");
        await ShouldReject(() => client.ListAsync(["sales", name]), "names");
        await ShouldReject(() => client.CreateAsync(new CreateInstanceRequest { Name = name }), "request");
    }

    [Fact]
    public async Task Null_arguments_send_nothing()
    {
        var client = _server.Instances();

        await ShouldReject(() => client.DeleteAsync(null!), "name");
        await ShouldReject(() => client.CreateAsync(null!), "request");
        await ShouldReject(() => client.UpdateSettingsAsync("sales", null!), "patch");
        await ShouldReject(() => client.UpdateProxyAsync("sales", null!), "proxy");
        await ShouldReject(() => client.UpdateS3Async("sales", null!), "s3");
        await ShouldReject(() => client.ListAsync(null!), "names");
        await ShouldReject(() => client.GetMetricsAsync((IEnumerable<string>)null!), "names");
        await ShouldReject(() => client.GetMetricsAsync((string)null!), "name");
    }

    [Fact]
    public async Task Empty_name_lists_and_empty_settings_patch_send_nothing()
    {
        var client = _server.Instances();

        await ShouldReject(() => client.ListAsync([]), "names");
        await ShouldReject(() => client.GetMetricsAsync(Array.Empty<string>()), "names");
        await ShouldReject(() => client.UpdateSettingsAsync("sales", new InstanceSettingsPatch()), "patch");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(65536)]
    [InlineData(-1)]
    public async Task Proxy_port_outside_1_to_65535_sends_nothing(int port)
    {
        var client = _server.Instances();
        var proxy = new ProxyConfig { Host = "proxy.example.com", Port = port };

        await ShouldReject(() => client.UpdateProxyAsync("sales", proxy), "proxy");
        await ShouldReject(() => client.CreateAsync(new CreateInstanceRequest { Name = "sales", Proxy = proxy }), "request");
    }

    [Fact]
    public async Task Enabled_proxy_without_host_or_port_sends_nothing()
    {
        var client = _server.Instances();

        await ShouldReject(() => client.UpdateProxyAsync("sales", new ProxyConfig { Port = 1080 }), "proxy");
        await ShouldReject(() => client.UpdateProxyAsync("sales", new ProxyConfig { Host = "h" }), "proxy");
    }

    [Theory]
    [InlineData("/webhook")]
    [InlineData("ftp://myapp.com/webhook")]
    [InlineData("file:///etc/passwd")]
    public async Task Webhook_url_that_is_not_absolute_http_sends_nothing(string url)
    {
        var request = new CreateInstanceRequest { Name = "sales", Webhook = new WebhookConfig { Url = new Uri(url, UriKind.RelativeOrAbsolute) } };

        await ShouldReject(() => _server.Instances().CreateAsync(request), "request");
    }

    [Fact]
    public async Task Enabled_webhook_without_url_sends_nothing()
    {
        await ShouldReject(() => _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales", Webhook = new WebhookConfig() }), "request");
    }

    public static TheoryData<ChatwootConfig> IncompleteChatwoot => new()
    {
        new ChatwootConfig { AccountId = 5, ApiToken = "t" },
        new ChatwootConfig { BaseUrl = new Uri("https://chatwoot.example.com"), ApiToken = "t" },
        new ChatwootConfig { BaseUrl = new Uri("https://chatwoot.example.com"), AccountId = 0, ApiToken = "t" },
        new ChatwootConfig { BaseUrl = new Uri("https://chatwoot.example.com"), AccountId = 5 },
        new ChatwootConfig { BaseUrl = new Uri("https://chatwoot.example.com"), AccountId = 5, ApiToken = " " },
    };

    [Theory]
    [MemberData(nameof(IncompleteChatwoot))]
    public async Task Enabled_chatwoot_without_base_url_account_id_or_api_token_sends_nothing(ChatwootConfig chatwoot)
    {
        await ShouldReject(() => _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales", Chatwoot = chatwoot }), "request");
    }

    [Fact]
    public async Task Enabled_s3_without_credentials_or_with_a_bad_endpoint_sends_nothing()
    {
        var complete = new S3Config { Region = "us-east-1", Bucket = "b", AccessKey = "a", SecretKey = "s" };
        var client = _server.Instances();

        await ShouldReject(() => client.UpdateS3Async("sales", complete with { SecretKey = null }), "s3");
        await ShouldReject(() => client.UpdateS3Async("sales", complete with { Bucket = "" }), "s3");
        await ShouldReject(() => client.UpdateS3Async("sales", complete with { Endpoint = new Uri("ftp://minio") }), "s3");
    }

    [Fact]
    public async Task Blank_custom_token_sends_nothing()
    {
        await ShouldReject(() => _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales", Token = " " }), "request");
    }

    [Theory]
    [InlineData("55119999abcd")]
    [InlineData("++5511999999999")]
    [InlineData("5511 99999999")]
    [InlineData("123456")]
    [InlineData("+")]
    [InlineData("1234567890123456")]
    public async Task Phone_number_that_is_not_7_to_15_digits_sends_nothing(string phone)
    {
        await ShouldReject(() => _server.Instances().ConnectAsync("sales", new ConnectOptions { PhoneNumber = phone }), "options");
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-7)]
    public async Task Non_positive_history_days_send_nothing(int days)
    {
        await ShouldReject(() => _server.Instances().ConnectAsync("sales", new ConnectOptions { HistoryDays = days }), "options");
    }

    [Fact]
    public async Task Proxy_port_65535_is_accepted_and_sent_as_a_string()
    {
        _server.Respond("POST", "/api/instance/proxy/sales", 200, """{"success":true,"proxy":{"enabled":true,"host":"proxy.example.com","port":"65535"}}""");

        await _server.Instances().UpdateProxyAsync("sales", new ProxyConfig { Host = "proxy.example.com", Port = 65535 });

        _server.SingleRequestJson()!["port"]!.GetValue<string>().Should().Be("65535");
    }

    [Fact]
    public async Task Enabled_proxy_with_a_blank_host_sends_nothing()
    {
        await ShouldReject(() => _server.Instances().UpdateProxyAsync("sales", new ProxyConfig { Host = "  ", Port = 1080 }), "proxy");
    }

    [Fact]
    public async Task Enabled_proxy_with_an_unknown_protocol_sends_nothing()
    {
        var proxy = new ProxyConfig { Host = "proxy.example.com", Port = 1080, Protocol = ProxyProtocol.Unknown };

        await ShouldReject(() => _server.Instances().UpdateProxyAsync("sales", proxy), "proxy");
        await ShouldReject(() => _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales", Proxy = proxy }), "request");
    }

    [Fact]
    public async Task Create_with_an_incomplete_s3_block_sends_nothing()
    {
        var s3 = new S3Config { Region = "us-east-1", Bucket = "b", AccessKey = "a" };

        await ShouldReject(() => _server.Instances().CreateAsync(new CreateInstanceRequest { Name = "sales", S3 = s3 }), "request");
    }

    [Fact]
    public void Client_without_account_token_names_the_setting()
    {
        var act = () => new RyzeClient(new RyzeClientOptions { BaseAddress = _server.BaseAddress });

        act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*AccountToken*");
    }

    [Theory]
    [InlineData("/api")]
    [InlineData("ftp://ryzeapi.cloud")]
    public void Client_with_a_relative_or_non_http_base_address_names_the_setting(string address)
    {
        var act = () => new RyzeClient(new RyzeClientOptions { BaseAddress = new Uri(address, UriKind.RelativeOrAbsolute), AccountToken = "t" });

        act.Should().Throw<ArgumentException>().WithParameterName("options").WithMessage("*BaseAddress*");
    }

    [Fact]
    public void Client_with_null_options_throws()
    {
        var act = () => new RyzeClient((RyzeClientOptions)null!);

        act.Should().Throw<ArgumentNullException>().WithParameterName("options");
    }

    private async Task ShouldReject(Func<Task> call, string parameter)
    {
        var act = async () => await call();
        await act.Should().ThrowAsync<ArgumentException>().WithParameterName(parameter);
        _server.Requests.Should().BeEmpty();
    }
}
