namespace RyzeApi.Cli;

/// <summary>Secrets never come from an argument (shell history, <c>ps</c>): only stdin or an environment variable.</summary>
internal static class Secrets
{
    public static async Task<string?> ReadAsync(Invocation run, bool fromStdin, string variable, CancellationToken cancellationToken)
    {
        if (fromStdin)
        {
            var line = (await run.Console.In.ReadLineAsync(cancellationToken))?.Trim();
            return string.IsNullOrEmpty(line) ? throw new CliException(ExitCodes.Usage, "Nothing on stdin.") : line;
        }

        return run.Console.GetEnvironmentVariable(variable) is { Length: > 0 } value ? value : null;
    }
}
