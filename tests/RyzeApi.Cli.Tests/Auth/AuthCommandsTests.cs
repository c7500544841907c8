using System.Text.Json;

namespace RyzeApi.Cli.Tests;

// File modes are a Unix notion; the tool sets them wherever they exist.
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class AuthCommandsTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();

    public async Task InitializeAsync()
    {
        await _cli.InitializeAsync();
        _cli.Environment.Remove("RYZE_TOKEN");
    }

    public Task DisposeAsync() => _cli.DisposeAsync();

    private string ProfileFile => Path.Combine(_cli.ConfigDirectory, "profiles", "default.json");

    [Fact]
    public async Task Login_with_token_reads_stdin_and_saves_a_0600_profile_that_later_commands_use()
    {
        var login = await _cli.RunAsync("auth login --with-token", stdin: _cli.Fake.AccountToken + "\n");
        var list = await _cli.RunAsync("instance list");

        login.ExitCode.Should().Be(0);
        login.Out.Should().BeEmpty();
        login.Error.Should().NotContain(_cli.Fake.AccountToken);
        File.GetUnixFileMode(ProfileFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        File.GetUnixFileMode(Path.GetDirectoryName(ProfileFile)!).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        list.ExitCode.Should().Be(0);
        list.Out.Trim().Should().Be("[]");
    }

    [Fact]
    public async Task Login_tightens_an_existing_profile_file_to_0600()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(ProfileFile)!);
        await File.WriteAllTextAsync(ProfileFile, "{}");
        File.SetUnixFileMode(ProfileFile, (UnixFileMode)0b110_100_100);

        (await _cli.RunAsync("auth login --with-token", stdin: _cli.Fake.AccountToken)).ExitCode.Should().Be(0);

        File.GetUnixFileMode(ProfileFile).Should().Be(UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    [Fact]
    public async Task Login_on_a_terminal_prompts_for_the_token_without_an_argument()
    {
        var login = await _cli.RunAsync("auth login", stdin: _cli.Fake.AccountToken, terminal: true);

        login.ExitCode.Should().Be(0);
        login.Error.Should().Contain("Paste your RyzeAPI account token:").And.NotContain(_cli.Fake.AccountToken);
        File.Exists(ProfileFile).Should().BeTrue();
    }

    [Fact]
    public async Task A_rejected_token_is_not_saved_and_exits_4()
    {
        var login = await _cli.RunAsync("auth login --with-token", stdin: "not-the-token");

        login.ExitCode.Should().Be(4);
        login.Error.Should().NotContain("not-the-token");
        File.Exists(ProfileFile).Should().BeFalse();
    }

    [Fact]
    public async Task Empty_stdin_is_a_usage_error()
    {
        var login = await _cli.RunAsync("auth login --with-token", stdin: "");

        login.ExitCode.Should().Be(2);
        login.Error.Trim().Should().Be("ryze: No token on stdin.");
    }

    [Fact]
    public async Task Status_says_where_the_token_comes_from_and_never_prints_it()
    {
        await _cli.RunAsync("auth login --with-token --profile work", stdin: _cli.Fake.AccountToken);

        var fromProfile = await _cli.RunAsync("auth status --profile work -o json");
        _cli.Environment["RYZE_TOKEN"] = _cli.Fake.AccountToken;
        var fromEnvironment = await _cli.RunAsync("auth status --profile work", terminal: true);

        fromProfile.ExitCode.Should().Be(0);
        var status = JsonDocument.Parse(fromProfile.Out).RootElement;
        status.GetProperty("profile").GetString().Should().Be("work");
        status.GetProperty("tokenSource").GetString().Should().Be(Path.Combine(_cli.ConfigDirectory, "profiles", "work.json"));
        status.GetProperty("instances").GetInt32().Should().Be(0);
        fromEnvironment.Out.Should().Contain("RYZE_TOKEN");
        (fromProfile.Out + fromProfile.Error + fromEnvironment.Out + fromEnvironment.Error).Should().NotContain(_cli.Fake.AccountToken);
    }

    [Fact]
    public async Task Status_without_a_login_exits_4()
    {
        var result = await _cli.RunAsync("auth status");

        result.ExitCode.Should().Be(4);
    }

    [Fact]
    public async Task Logout_forgets_the_saved_token()
    {
        await _cli.RunAsync("auth login --with-token", stdin: _cli.Fake.AccountToken);

        var logout = await _cli.RunAsync("auth logout");
        var list = await _cli.RunAsync("instance list");

        logout.ExitCode.Should().Be(0);
        File.Exists(ProfileFile).Should().BeFalse();
        list.ExitCode.Should().Be(4);
    }
}
