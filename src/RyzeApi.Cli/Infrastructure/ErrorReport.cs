namespace RyzeApi.Cli;

/// <summary>Turns a failure into its exit code and the one line printed on stderr (the server's message, never a secret).</summary>
internal static class ErrorReport
{
    public static int ExitCodeOf(Exception error) => error switch
    {
        CliException cli => cli.ExitCode,
        RyzeAuthenticationException or RyzeForbiddenException => ExitCodes.Authentication,
        RyzeNotFoundException => ExitCodes.NotFound,
        RyzeRateLimitException => ExitCodes.RateLimited,
        TimeoutException => ExitCodes.TimeoutOrDeclined,
        ArgumentException or FleetSpecException => ExitCodes.Usage,
        _ => ExitCodes.Error,
    };

    // The SDK's exception messages are built to be secret-free; ryze adds no request or body data of its own.
    public static string MessageOf(Exception error) => error switch
    {
        RyzeAuthenticationException e => $"{e.Message} (check RYZE_TOKEN or run `ryze auth login`)",
        RyzeBadRequestException { IsNoSavedSession: true } e => $"{e.Message} (pair it with `ryze instance connect` instead)",
        RyzeRateLimitException { RetryAfter: { } wait } e => $"{e.Message} (retry in {Math.Ceiling(wait.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture)} s)",
        _ => error.Message.ReplaceLineEndings(" "),
    };
}
