using System.Diagnostics;
using System.Reflection;

namespace RyzeApi.Cli.Tests;

/// <summary>
/// The tool as a user gets it: packed, installed with <c>dotnet tool install --tool-path</c> from a local folder (a
/// nuget.config naming only that folder, so nothing is fetched), then run against the fake RyzeAPI on loopback.
/// </summary>
[Trait("Category", "Pack")]
public sealed class ToolInstallTests : IAsyncLifetime
{
    private readonly CliHarness _cli = new();
    private readonly string _work = Directory.CreateTempSubdirectory("ryze-tool-install-").FullName;

    public Task InitializeAsync() => _cli.InitializeAsync();

    public async Task DisposeAsync()
    {
        await _cli.DisposeAsync();
        Directory.Delete(_work, recursive: true);
    }

    [Fact]
    public async Task The_packed_tool_installs_from_a_local_folder_and_answers_like_in_process()
    {
        var packages = Path.Combine(_work, "packages");
        var tools = Path.Combine(_work, "tools");
        var config = Path.Combine(_work, "nuget.config");
        await File.WriteAllTextAsync(config, $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources><clear /><add key="local" value="{packages}" /></packageSources>
            </configuration>
            """);
        var version = typeof(RyzeCli).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()!.InformationalVersion;
        var packageVersion = version.Split('+')[0];
        (await _cli.RunAsync("instance create shop")).ExitCode.Should().Be(0);
        var inProcess = await _cli.RunAsync("instance list -o json");

        // The test run built the tool already (Debug, a project reference): pack that build rather than build again.
        await DotnetAsync($"pack {Project()} -c {Configuration} --no-build -o {packages} -p:Version={packageVersion}");
        await DotnetAsync($"tool install RyzeApi.Cli --version {packageVersion} --tool-path {tools} --configfile {config} --add-source {packages}");
        var ryze = Path.Combine(tools, "ryze");
        var printedVersion = await RunAsync(ryze, "--version");
        var list = await RunAsync(ryze, $"instance list -o json --base-url {_cli.Fake.BaseAddress}");

        printedVersion.Should().Be(version + "\n");
        list.Should().Be(inProcess.Out);
        list.Should().Contain("\"name\": \"shop\"");
    }

#if DEBUG
    private const string Configuration = "Debug";
#else
    private const string Configuration = "Release";
#endif

    private static string Project()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(folder.FullName, "RyzeApi.Client.sln")))
        {
            folder = folder.Parent ?? throw new InvalidOperationException("The repository root was not found above the test binaries.");
        }

        return Path.Combine(folder.FullName, "src", "RyzeApi.Cli", "RyzeApi.Cli.csproj");
    }

    private Task<string> DotnetAsync(string arguments) => RunAsync("dotnet", arguments);

    private async Task<string> RunAsync(string program, string arguments)
    {
        var start = new ProcessStartInfo(program, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // The installed tool's launcher finds the runtime the tests run on.
        start.Environment["DOTNET_ROOT"] = Path.GetDirectoryName(Environment.ProcessPath);
        start.Environment["XDG_CONFIG_HOME"] = _work;
        start.Environment["RYZE_TOKEN"] = _cli.Fake.AccountToken;
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(80));
        await process.WaitForExitAsync(deadline.Token);
        process.ExitCode.Should().Be(0, $"{program} {arguments} failed: {await output}{await error}");
        return await output;
    }
}
