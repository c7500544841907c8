namespace RyzeApi.Cli;

/// <summary>A failure ryze itself detects (no login, declined confirmation); carries its exit code.</summary>
internal sealed class CliException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
