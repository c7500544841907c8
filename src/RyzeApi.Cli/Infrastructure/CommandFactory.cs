using System.CommandLine;
using System.Diagnostics;

namespace RyzeApi.Cli;

/// <summary>Makes commands whose action runs in an <see cref="Invocation"/> and maps every failure to one stderr line and an exit code.</summary>
internal sealed class CommandFactory(CliConsole console, GlobalOptions globals)
{
    public CliConsole Console => console;

    public Command Create(string name, string description, Func<Invocation, CancellationToken, Task<int>> action, params Symbol[] symbols)
    {
        var command = new Command(name, description);
        foreach (var symbol in symbols)
        {
            switch (symbol)
            {
                case Argument argument:
                    command.Add(argument);
                    break;
                case Option option:
                    command.Add(option);
                    break;
            }
        }

        command.SetAction((parse, cancellationToken) => RunAsync(new Invocation(console, parse, globals), action, cancellationToken));
        return command;
    }

    public static Command Group(string name, string description, params Command[] subcommands)
    {
        var group = new Command(name, description);
        foreach (var subcommand in subcommands)
        {
            group.Add(subcommand);
        }

        return group;
    }

    private static async Task<int> RunAsync(Invocation invocation, Func<Invocation, CancellationToken, Task<int>> action, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        try
        {
            return await action(invocation, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            invocation.Say("ryze: cancelled");
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The tool's last line of defence: every failure becomes one line and an exit code.
        catch (Exception error)
#pragma warning restore CA1031
        {
            invocation.Say($"ryze: {ErrorReport.MessageOf(error)}");
            return ErrorReport.ExitCodeOf(error);
        }
        finally
        {
            if (invocation.Verbose)
            {
                invocation.Say($"ryze: took {clock.ElapsedMilliseconds} ms");
            }
        }
    }
}
