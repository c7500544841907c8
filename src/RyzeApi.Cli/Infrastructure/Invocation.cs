using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary>One command's run: its parsed values, where output goes, and the SDK client it talks through.</summary>
internal sealed class Invocation(CliConsole console, ParseResult parse, GlobalOptions globals)
{
    public CliConsole Console => console;

    public bool Verbose => parse.GetValue(globals.Verbose);

    /// <summary>JSON when asked, or by default when stdout is not a terminal.</summary>
    public bool Json => parse.GetValue(globals.Output) is { } format ? format == "json" : console.IsOutputRedirected;

    public bool Color => !parse.GetValue(globals.NoColor) && string.IsNullOrEmpty(console.GetEnvironmentVariable("NO_COLOR"));

    public string ProfileName => parse.GetValue(globals.Profile) ?? "default";

    public ProfileStore Profiles => new(console.ConfigDirectory);

    public Printer Printer => new(this);

    public T? Value<T>(Option<T> option) => parse.GetValue(option);

    public T Value<T>(Argument<T> argument) => parse.GetValue(argument)!;

    /// <summary>The token in force and where it came from: RYZE_TOKEN first, then the profile file.</summary>
    public (string Token, string Source)? FindToken()
    {
        if (console.GetEnvironmentVariable("RYZE_TOKEN") is { Length: > 0 } fromEnvironment)
        {
            return (fromEnvironment.Trim(), "RYZE_TOKEN");
        }

        return Profiles.Read(ProfileName) is { Token: { Length: > 0 } saved } ? (saved, Profiles.PathOf(ProfileName)) : null;
    }

    public Uri BaseAddress =>
        parse.GetValue(globals.BaseUrl)
        ?? (console.GetEnvironmentVariable("RYZE_BASE_URL") is { Length: > 0 } url ? ParseUrl(url) : null)
        ?? Profiles.Read(ProfileName)?.BaseUrl
        ?? RyzeClientOptions.DefaultBaseAddress;

    public RyzeClient CreateClient(string? token = null)
    {
        token ??= FindToken()?.Token
            ?? throw new CliException(ExitCodes.Authentication, "Not logged in: set RYZE_TOKEN or run `ryze auth login`.");
        var options = new RyzeClientOptions
        {
            BaseAddress = BaseAddress,
            AccountToken = token,
            // An operator at a prompt would rather hear "rate limited, retry in 40 s" (exit 6) than watch a silent wait.
            MaxRateLimitWait = TimeSpan.FromSeconds(2),
        };
        return new RyzeClient(options, console.Time, Verbose ? new StderrLoggerFactory(console.Error) : null);
    }

    /// <summary>Asks on a terminal; elsewhere only <c>--yes</c> goes ahead. Declining ends the command with exit 3.</summary>
    public void Confirm(string question, bool yes)
    {
        if (yes)
        {
            return;
        }

        if (!console.IsInputInteractive)
        {
            throw new CliException(ExitCodes.TimeoutOrDeclined, $"{question} Not on a terminal: pass --yes to confirm.");
        }

        console.Error.Write($"{question} [y/N] ");
        var answer = console.In.ReadLine()?.Trim();
        if (!string.Equals(answer, "y", StringComparison.OrdinalIgnoreCase) && !string.Equals(answer, "yes", StringComparison.OrdinalIgnoreCase))
        {
            throw new CliException(ExitCodes.TimeoutOrDeclined, "Not confirmed; nothing was changed.");
        }
    }

    /// <summary>A line for the person at the terminal (stderr), never mixed into the data on stdout.</summary>
    public void Say(string message) => console.Error.WriteLine(message);

    private static Uri ParseUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var parsed)
            ? parsed
            : throw new CliException(ExitCodes.Usage, $"RYZE_BASE_URL is not an absolute URL: '{url}'.");
}
