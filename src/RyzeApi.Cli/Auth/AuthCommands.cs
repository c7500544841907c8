using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary><c>ryze auth login|logout|status</c>: the account token is read from stdin or a hidden prompt, never from an argument.</summary>
internal static class AuthCommands
{
    public static Command Build(CommandFactory commands)
    {
        var withToken = new Option<bool>("--with-token") { Description = "Read the token from stdin (for scripts: `ryze auth login --with-token < token.txt`)." };
        return CommandFactory.Group(
            "auth",
            "Save, check or forget the account token.",
            commands.Create("login", "Check the account token with RyzeAPI and save it (0600) in the profile.", (run, ct) => LoginAsync(run, run.Value(withToken), ct), withToken),
            commands.Create("logout", "Forget the profile's saved token.", (run, _) => Task.FromResult(Logout(run))),
            commands.Create("status", "Say which token is in force and whether RyzeAPI accepts it.", StatusAsync));
    }

    private static async Task<int> LoginAsync(Invocation run, bool withToken, CancellationToken cancellationToken)
    {
        string? token;
        if (withToken || !run.Console.IsInputInteractive)
        {
            token = await run.Console.In.ReadLineAsync(cancellationToken);
        }
        else
        {
            run.Console.Error.Write("Paste your RyzeAPI account token: ");
            token = run.Console.ReadSecret();
        }

        token = token?.Trim();
        if (string.IsNullOrEmpty(token))
        {
            throw new CliException(ExitCodes.Usage, "No token on stdin.");
        }

        // Saved only once RyzeAPI accepted it: a typo fails here (exit 4), not on the next command.
        await run.CreateClient(token).Instances.ListAsync(cancellationToken);
        var baseUrl = run.BaseAddress;
        run.Profiles.Write(run.ProfileName, new Profile { Token = token, BaseUrl = baseUrl == RyzeClientOptions.DefaultBaseAddress ? null : baseUrl });
        run.Say($"Logged in to {baseUrl} (profile '{run.ProfileName}').");
        return ExitCodes.Success;
    }

    private static int Logout(Invocation run)
    {
        run.Say(run.Profiles.Delete(run.ProfileName)
            ? $"Removed the saved token of profile '{run.ProfileName}'."
            : $"Profile '{run.ProfileName}' had no saved token.");
        return ExitCodes.Success;
    }

    private static async Task<int> StatusAsync(Invocation run, CancellationToken cancellationToken)
    {
        var (token, source) = run.FindToken()
            ?? throw new CliException(ExitCodes.Authentication, "Not logged in: set RYZE_TOKEN or run `ryze auth login`.");
        var instances = await run.CreateClient(token).Instances.ListAsync(cancellationToken);
        run.Printer.Object(
            new AuthStatus { Profile = run.ProfileName, BaseUrl = run.BaseAddress, TokenSource = source, Instances = instances.Count },
            CliJsonContext.Default.AuthStatus);
        return ExitCodes.Success;
    }
}
