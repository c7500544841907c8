using System.Reflection;
using System.Text.Json;

namespace RyzeApi.Cli.Tests;

public sealed class ConventionsTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();

    public Task InitializeAsync() => _cli.InitializeAsync();

    public Task DisposeAsync() => _cli.DisposeAsync();

    [Fact]
    public async Task Version_prints_the_tools_own_version_not_its_hosts()
    {
        var toolVersion = typeof(RyzeCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;

        var result = await _cli.RunAsync("--version");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Be(toolVersion + "\n");
        toolVersion.Should().MatchRegex(@"^0\.1\.0(\+[0-9a-f]{40})?$");
    }

    [Fact]
    public async Task Help_lists_every_exit_code()
    {
        var result = await _cli.RunAsync("--help");

        result.ExitCode.Should().Be(0);
        result.Out.Should().Contain("130  cancelled (Ctrl+C)").And.Contain("6    rate limited").And.Contain("4    not logged in");
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error_with_exit_2()
    {
        var result = await _cli.RunAsync("instance frobnicate");

        result.ExitCode.Should().Be(2);
        result.Error.Should().Contain("Run 'ryze --help' for usage.");
        result.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Output_is_json_when_redirected_and_a_table_on_a_terminal()
    {
        (await _cli.RunAsync("instance create shop")).ExitCode.Should().Be(0);

        var redirected = await _cli.RunAsync("instance list");
        var terminal = await _cli.RunAsync("instance list", terminal: true);

        JsonDocument.Parse(redirected.Out).RootElement[0].GetProperty("name").GetString().Should().Be("shop");
        terminal.Out.Should().Contain("NAME").And.Contain("STATE").And.Contain("shop");
        terminal.Out.Should().NotContain("{");
    }

    [Fact]
    public async Task Output_json_can_be_asked_for_on_a_terminal()
    {
        var result = await _cli.RunAsync("instance list -o json", terminal: true);

        result.Out.Trim().Should().Be("[]");
    }

    [Fact]
    public async Task No_token_anywhere_exits_4_and_says_how_to_log_in()
    {
        _cli.Environment.Remove("RYZE_TOKEN");

        var result = await _cli.RunAsync("instance list");

        result.ExitCode.Should().Be(4);
        result.Error.Trim().Should().Be("ryze: Not logged in: set RYZE_TOKEN or run `ryze auth login`.");
    }

    [Fact]
    public async Task A_rejected_token_exits_4_with_one_line_that_never_shows_the_token()
    {
        _cli.Environment["RYZE_TOKEN"] = "wrong-secret-token-123";

        var result = await _cli.RunAsync("instance list");

        result.ExitCode.Should().Be(4);
        result.Error.Should().StartWith("ryze: RyzeAPI returned 401").And.NotContain("wrong-secret-token-123");
        result.Error.TrimEnd().Split('\n').Should().HaveCount(1);
    }

    [Fact]
    public async Task Forbidden_exits_4()
    {
        _cli.Fake.FailNext("GET /api/instance/list", FakeFault.Status(403, "Forbidden for this plan"));

        var result = await _cli.RunAsync("instance list");

        result.ExitCode.Should().Be(4);
        result.Error.Should().Contain("Forbidden for this plan");
    }

    [Fact]
    public async Task A_missing_instance_exits_5_with_the_servers_message()
    {
        var result = await _cli.RunAsync("instance get ghost");

        result.ExitCode.Should().Be(5);
        result.Error.Should().StartWith("ryze: RyzeAPI returned 404 (Not Found) for GET");
    }

    [Fact]
    public async Task Rate_limited_exits_6()
    {
        for (var attempt = 0; attempt < 4; attempt++)
        {
            // Every attempt the SDK makes is answered 429.
            _cli.Fake.FailNext("GET /api/instance/list", FakeFault.Status(429, "Too many requests"));
        }

        var result = await _cli.RunAsync("instance list");

        result.ExitCode.Should().Be(6);
        result.Error.Should().Contain("429");
    }

    [Fact]
    public async Task A_bad_request_exits_1_with_the_servers_message()
    {
        _cli.Fake.FailNext("POST /api/instance/new", FakeFault.Status(400, "name already in use elsewhere"));

        var result = await _cli.RunAsync("instance create shop");

        result.ExitCode.Should().Be(1);
        result.Error.Trim().Should().EndWith("name already in use elsewhere");
    }

    [Theory]
    [InlineData("instance get shop/orders", "Instance name 'shop/orders' is not a single path segment")]
    [InlineData("instance delete a,b --yes", "Instance name 'a,b' is not a single path segment")]
    [InlineData("instance connect ..", "Instance name '..' is not a single path segment")]
    [InlineData("instance create \"  \"", "The value cannot be an empty string or composed entirely of whitespace.")]
    public async Task An_invalid_instance_name_is_a_usage_error_before_any_request(string commandLine, string message)
    {
        var result = await _cli.RunAsync(commandLine);

        result.ExitCode.Should().Be(2, result.Error);
        result.Error.Should().StartWith($"ryze: {message}");
        _cli.Fake.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task A_base_url_that_is_not_an_http_url_is_a_usage_error()
    {
        var result = await _cli.RunAsync("instance list --base-url not-a-url");

        result.ExitCode.Should().Be(2);
        result.Error.Should().StartWith("ryze: --base-url: 'not-a-url' is not an absolute http or https URL.");
        _cli.Fake.Requests.Should().BeEmpty();
    }

    [Fact]
    public async Task Base_url_on_the_command_line_wins_over_RYZE_BASE_URL()
    {
        _cli.Environment["RYZE_BASE_URL"] = "http://127.0.0.1:9/";

        var result = await _cli.RunAsync($"instance list --base-url {_cli.Fake.BaseAddress}");

        result.ExitCode.Should().Be(0, result.Error);
        result.Out.Trim().Should().Be("[]");
    }

    [Fact]
    public async Task Verbose_adds_the_timing_on_stderr_and_keeps_stdout_data_only()
    {
        var result = await _cli.RunAsync("instance list --verbose");

        result.ExitCode.Should().Be(0);
        result.Error.Should().MatchRegex(@"ryze: took \d+ ms");
        result.Out.Trim().Should().Be("[]");
    }

    [Fact]
    public async Task Completion_scripts_ask_ryze_itself_for_suggestions()
    {
        foreach (var shell in new[] { "bash", "zsh", "pwsh" })
        {
            var result = await _cli.RunAsync($"completion {shell}");

            result.ExitCode.Should().Be(0);
            result.Out.Should().Contain("[suggest:");
        }
    }

    [Fact]
    public async Task The_suggest_directive_completes_subcommands()
    {
        var result = await _cli.RunAsync("[suggest:5] \"insta\"");

        result.Out.Split('\n', StringSplitOptions.TrimEntries).Should().Contain("instance");
    }
}
