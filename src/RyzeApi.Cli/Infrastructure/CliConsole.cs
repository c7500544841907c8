namespace RyzeApi.Cli;

/// <summary>
/// Everything <c>ryze</c> reads from or writes to its process: streams, terminal detection, environment and config folder.
/// Tests hand in their own; the tool runs on <see cref="System"/>.
/// </summary>
internal sealed record CliConsole
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    public required TextReader In { get; init; }

    /// <summary>Whether stdout is a pipe or file: the default output turns to JSON.</summary>
    public bool IsOutputRedirected { get; init; }

    /// <summary>Whether a person can answer prompts (stdin is a terminal).</summary>
    public bool IsInputInteractive { get; init; }

    /// <summary>Whether progress may be drawn on stderr (stderr is a terminal).</summary>
    public bool IsErrorInteractive { get; init; }

    public required Func<string, string?> GetEnvironmentVariable { get; init; }

    /// <summary>The clock of every wait (connect's deadline and QR expiry, retries); tests hand in a fake one.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Reads a secret from the terminal without echoing it.</summary>
    public Func<string?> ReadSecret { get; init; } = () => null;

    public static CliConsole System => new()
    {
        Out = Console.Out,
        Error = Console.Error,
        In = Console.In,
        IsOutputRedirected = Console.IsOutputRedirected,
        IsInputInteractive = !Console.IsInputRedirected,
        IsErrorInteractive = !Console.IsErrorRedirected,
        GetEnvironmentVariable = Environment.GetEnvironmentVariable,
        ReadSecret = SecretPrompt.Read,
    };

    /// <summary>The user's config folder for ryze: <c>$XDG_CONFIG_HOME/ryze</c>, else <c>~/.config/ryze</c>.</summary>
    public string ConfigDirectory
    {
        get
        {
            var xdg = GetEnvironmentVariable("XDG_CONFIG_HOME");
            var root = string.IsNullOrWhiteSpace(xdg)
                ? Path.Combine(GetEnvironmentVariable("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".config")
                : xdg;
            return Path.Combine(root, "ryze");
        }
    }
}
