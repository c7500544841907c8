using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace RyzeApi.Cli;

/// <summary>
/// <c>ryze --version</c>: the tool's own informational version, read from this assembly rather than the entry assembly
/// (which, when ryze runs inside another host, is that host).
/// </summary>
internal sealed class VersionAction(CliConsole console) : SynchronousCommandLineAction
{
    public static string Version { get; } =
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? typeof(VersionAction).Assembly.GetName().Version?.ToString(3)
        ?? "unknown";

    public override int Invoke(ParseResult parseResult)
    {
        console.Out.WriteLine(Version);
        return ExitCodes.Success;
    }
}
