using System.Text.Json;

namespace RyzeApi.Cli.Tests;

public sealed class InstanceConfigCommandsTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        (await _cli.RunAsync("instance create shop")).ExitCode.Should().Be(0);
    }

    public Task DisposeAsync() => _cli.DisposeAsync();

    [Fact]
    public async Task Settings_set_changes_only_the_flags_given()
    {
        var set = await _cli.RunAsync("instance settings set shop --auto-reject-calls true --call-reject-message \"Text us instead\"");
        var get = await _cli.RunAsync("instance settings get shop");

        set.ExitCode.Should().Be(0);
        var settings = JsonDocument.Parse(get.Out).RootElement;
        settings.GetProperty("autoRejectCalls").GetBoolean().Should().BeTrue();
        settings.GetProperty("callRejectMessage").GetString().Should().Be("Text us instead");
        settings.GetProperty("ignoreGroupMessages").GetBoolean().Should().BeFalse();
    }

    [Fact]
    public async Task A_flag_that_is_not_a_boolean_is_a_usage_error()
    {
        var result = await _cli.RunAsync("instance settings set shop --auto-reject-calls maybe");

        result.ExitCode.Should().Be(2);
        _cli.Fake.CountRequests("POST /api/instance/settings/{instance}").Should().Be(0);
    }

    [Fact]
    public async Task Proxy_set_takes_the_password_from_the_environment_and_never_prints_it()
    {
        _cli.Environment["RYZE_PROXY_PASSWORD"] = "proxy-secret-42";

        var set = await _cli.RunAsync("instance proxy set shop --host 127.0.0.1 --port 3128 --protocol Socks5 --username ops");
        var get = await _cli.RunAsync("instance proxy get shop", terminal: true);

        set.ExitCode.Should().Be(0);
        _cli.Fake.Instances.Single().ProxyPassword.Should().Be("proxy-secret-42");
        var proxy = JsonDocument.Parse(set.Out).RootElement;
        proxy.GetProperty("host").GetString().Should().Be("127.0.0.1");
        proxy.GetProperty("port").GetInt32().Should().Be(3128);
        proxy.GetProperty("protocol").GetString().Should().Be("Socks5");
        get.Out.Should().Contain("3128");
        (set.Out + set.Error + get.Out).Should().NotContain("proxy-secret-42");
    }

    [Fact]
    public async Task A_proxy_without_a_port_is_a_usage_error_before_any_request()
    {
        var result = await _cli.RunAsync("instance proxy set shop --host 127.0.0.1");

        result.ExitCode.Should().Be(2);
        _cli.Fake.CountRequests("POST /api/instance/proxy/{instance}").Should().Be(0);
    }

    [Fact]
    public async Task S3_set_reads_the_secret_key_from_stdin_only()
    {
        var set = await _cli.RunAsync(
            "instance s3 set shop --region us-east-1 --bucket media --access-key AKIAEXAMPLE --secret-key-stdin", stdin: "s3-secret-99\n");
        var get = await _cli.RunAsync("instance s3 get shop");

        set.ExitCode.Should().Be(0);
        _cli.Fake.Instances.Single().S3SecretKey.Should().Be("s3-secret-99");
        JsonDocument.Parse(get.Out).RootElement.GetProperty("bucket").GetString().Should().Be("media");
        (set.Out + get.Out).Should().NotContain("s3-secret-99");
    }

    [Fact]
    public async Task There_is_no_flag_for_a_secret()
    {
        var result = await _cli.RunAsync("instance s3 set shop --secret-key s3-secret-99");

        result.ExitCode.Should().Be(2);
        result.Error.Should().NotContain("s3-secret-99 ").And.Contain("--secret-key");
    }
}
