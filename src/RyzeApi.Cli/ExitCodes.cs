namespace RyzeApi.Cli;

/// <summary>What <c>ryze</c> returns; listed in <c>ryze --help</c> and the README so scripts can branch on them.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int Error = 1;
    public const int Usage = 2;
    public const int TimeoutOrDeclined = 3;
    public const int Authentication = 4;
    public const int NotFound = 5;
    public const int RateLimited = 6;
    public const int Cancelled = 130;

    public const string Help = """
        Exit codes:
          0    success
          1    other error (the server's message is printed)
          2    usage: bad arguments, options or input file
          3    timed out, or a confirmation was declined or --yes was missing
          4    not logged in, token rejected, or permission denied
          5    not found
          6    rate limited (retry later)
          130  cancelled (Ctrl+C)
        """;
}
