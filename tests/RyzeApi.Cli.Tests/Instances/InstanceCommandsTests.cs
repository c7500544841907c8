using System.Text.Json;

namespace RyzeApi.Cli.Tests;

public sealed class InstanceCommandsTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();

    public Task InitializeAsync() => _cli.InitializeAsync();

    public Task DisposeAsync() => _cli.DisposeAsync();

    [Fact]
    public async Task Create_then_get_shows_the_instance_without_its_token()
    {
        var create = await _cli.RunAsync("instance create shop --webhook-url http://127.0.0.1:9/hook");
        var get = await _cli.RunAsync("instance get shop");

        create.ExitCode.Should().Be(0, create.Error);
        get.ExitCode.Should().Be(0);
        var instance = JsonDocument.Parse(get.Out).RootElement;
        instance.GetProperty("name").GetString().Should().Be("shop");
        instance.GetProperty("state").GetString().Should().Be("Disconnected");
        instance.GetProperty("webhook").GetProperty("url").GetString().Should().Be("http://127.0.0.1:9/hook");
        get.Out.Should().MatchRegex("\"createdAt\": \"[0-9T:.-]+\\+00:00\"").And.NotContain("\\u002B");
        var token = _cli.Fake.Instances.Single().Token;
        (create.Out + get.Out + create.Error).Should().NotContain(token);
    }

    [Fact]
    public async Task Get_on_a_terminal_prints_a_field_table()
    {
        await _cli.RunAsync("instance create shop");

        var get = await _cli.RunAsync("instance get shop --no-color", terminal: true);

        get.Out.Should().Contain("FIELD").And.MatchRegex(@"name\s+.*shop").And.NotContain("\u001b[");
    }

    [Fact]
    public async Task Delete_off_a_terminal_without_yes_exits_3_and_deletes_nothing()
    {
        await _cli.RunAsync("instance create shop");

        var result = await _cli.RunAsync("instance delete shop");

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("pass --yes");
        _cli.Fake.Instances.Select(i => i.Name).Should().Equal("shop");
    }

    [Fact]
    public async Task Delete_declined_on_a_terminal_exits_3_and_deletes_nothing()
    {
        await _cli.RunAsync("instance create shop");

        var result = await _cli.RunAsync("instance delete shop", stdin: "n\n", terminal: true);

        result.ExitCode.Should().Be(3);
        result.Error.Should().Contain("Delete instance 'shop' and its WhatsApp session? [y/N]");
        _cli.Fake.Instances.Should().HaveCount(1);
    }

    [Fact]
    public async Task Delete_confirmed_on_a_terminal_deletes()
    {
        await _cli.RunAsync("instance create shop");

        var result = await _cli.RunAsync("instance delete shop", stdin: "y\n", terminal: true);

        result.ExitCode.Should().Be(0);
        _cli.Fake.Instances.Should().BeEmpty();
    }

    [Fact]
    public async Task Delete_with_yes_deletes_without_asking()
    {
        await _cli.RunAsync("instance create shop");

        var result = await _cli.RunAsync("instance delete shop --yes");

        result.ExitCode.Should().Be(0);
        result.Error.Trim().Should().Be("Deleted shop.");
        _cli.Fake.Instances.Should().BeEmpty();
    }

    [Fact]
    public async Task Logout_needs_yes_off_a_terminal()
    {
        await _cli.RunAsync("instance create shop");

        var refused = await _cli.RunAsync("instance logout shop");
        var done = await _cli.RunAsync("instance logout shop -y");

        refused.ExitCode.Should().Be(3);
        _cli.Fake.CountRequests("DELETE /api/instance/logout/{instance}").Should().Be(1);
        done.ExitCode.Should().Be(0);
    }

    [Fact]
    public async Task Reconnect_reconnects_an_instance_that_was_paired_before()
    {
        await _cli.RunAsync("instance create shop");
        _cli.Fake.SimulatePairing("shop");

        var result = await _cli.RunAsync("instance reconnect shop");

        result.ExitCode.Should().Be(0, result.Error);
        result.Error.Should().Be("Reconnecting shop.\n");
        _cli.Fake.CountRequests("POST /api/instance/reconnect/{instance}").Should().Be(1);
    }

    [Fact]
    public async Task Reconnect_of_an_instance_never_paired_exits_1_and_says_to_connect()
    {
        await _cli.RunAsync("instance create shop");

        var result = await _cli.RunAsync("instance reconnect shop");

        result.ExitCode.Should().Be(1);
        result.Error.Should().EndWith("Instance has no saved session — call /connect first (pair it with `ryze instance connect` instead)\n");
    }

    [Fact]
    public async Task Metrics_prints_the_counts()
    {
        await _cli.RunAsync("instance create shop");
        _cli.Fake.SeedMetrics("shop", new FakeMetrics { MessagesSent = 12, MessagesReceived = 30 });

        var result = await _cli.RunAsync("instance metrics shop");

        result.ExitCode.Should().Be(0);
        var metrics = JsonDocument.Parse(result.Out).RootElement;
        metrics.GetProperty("messagesSent").GetInt64().Should().Be(12);
        metrics.GetProperty("messagesReceived").GetInt64().Should().Be(30);
    }
}
