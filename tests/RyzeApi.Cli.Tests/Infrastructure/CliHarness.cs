namespace RyzeApi.Cli.Tests;

/// <summary>Runs ryze in-process against a fake RyzeAPI, with its own config folder, environment and stdin.</summary>
public sealed class CliHarness : IAsyncLifetime
{
    private readonly string _config = Directory.CreateTempSubdirectory("ryze-cli-tests-").FullName;

    public FakeRyzeServer Fake { get; private set; } = null!;

    public Dictionary<string, string> Environment { get; } = [];

    /// <summary>ryze's clock; a test of waits sets a FakeTimeProvider and moves it.</summary>
    public TimeProvider Clock { get; set; } = TimeProvider.System;

    public string ConfigDirectory => Path.Combine(_config, "ryze");

    public async Task InitializeAsync()
    {
        Fake = await FakeRyzeServer.StartAsync();
        Environment["XDG_CONFIG_HOME"] = _config;
        Environment["RYZE_TOKEN"] = Fake.AccountToken;
        Environment["RYZE_BASE_URL"] = Fake.BaseAddress.ToString();
    }

    public async Task DisposeAsync()
    {
        await Fake.DisposeAsync();
        Directory.Delete(_config, recursive: true);
    }

    /// <summary>Runs one command line; <paramref name="stdin"/> is what a pipe would feed, <paramref name="terminal"/> makes stdin and stdout a terminal.</summary>
    public async Task<CliResult> RunAsync(string commandLine, string stdin = "", bool terminal = false, Action<string>? onOutput = null, CancellationToken cancellationToken = default)
    {
        using var output = new ObservedWriter(onOutput ?? (_ => { }));
        using var error = new StringWriter();
        var console = new CliConsole
        {
            Out = output,
            Error = error,
            In = new StringReader(stdin),
            IsOutputRedirected = !terminal,
            IsInputInteractive = terminal,
            IsErrorInteractive = terminal,
            GetEnvironmentVariable = name => Environment.GetValueOrDefault(name),
            ReadSecret = () => stdin.TrimEnd('\n'),
            Time = Clock,
        };
        var code = await RyzeCli.RunAsync(Split(commandLine), console, cancellationToken);
        return new CliResult(code, output.ToString(), error.ToString());
    }

    // Enough quoting for the tests: double quotes group words.
    private static string[] Split(string commandLine) =>
        commandLine.Split('"').SelectMany((part, i) => i % 2 == 1 ? [part] : part.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
}
