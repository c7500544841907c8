using System.CommandLine;
using System.CommandLine.Invocation;

namespace RyzeApi.Cli;

/// <summary>Builds the <c>ryze</c> command tree and runs one command line, returning its exit code.</summary>
internal static class RyzeCli
{
    public static async Task<int> RunAsync(string[] args, CliConsole console, CancellationToken cancellationToken = default)
    {
        var globals = new GlobalOptions();
        var root = new RootCommand($"ryze: the RyzeAPI command line. Token: RYZE_TOKEN, else the profile saved by `ryze auth login`.\n\n{ExitCodes.Help}");
        globals.AddTo(root);
        root.Options.OfType<VersionOption>().Single().Action = new VersionAction(console);
        var commands = new CommandFactory(console, globals);
        root.Add(AuthCommands.Build(commands));
        root.Add(InstanceCommands.Build(commands));
        root.Add(EventCommands.Build(commands));
        root.Add(FleetCommands.Plan(commands));
        root.Add(FleetCommands.Apply(commands));
        root.Add(CompletionCommand.Build(commands));

        var parse = root.Parse(args);
        if (parse.Action is ParseErrorAction)
        {
            // Usage errors are one line each and exit 2, like every other failure of ryze.
            foreach (var error in parse.Errors)
            {
                console.Error.WriteLine($"ryze: {error.Message}");
            }

            console.Error.WriteLine("Run 'ryze --help' for usage.");
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = console.Out, Error = console.Error, EnableDefaultExceptionHandler = false };
        return await parse.InvokeAsync(configuration, cancellationToken);
    }
}
