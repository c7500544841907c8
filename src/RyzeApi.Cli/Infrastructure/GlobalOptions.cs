using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary>The options every command accepts (gh/az/kubectl conventions); one set per parse.</summary>
internal sealed class GlobalOptions
{
    public Option<string> Profile { get; } = new("--profile")
    {
        Description = "The saved login to use (a file under $XDG_CONFIG_HOME/ryze/profiles).",
        DefaultValueFactory = _ => "default",
        Recursive = true,
    };

    public Option<Uri?> BaseUrl { get; } = UrlOption.Create("--base-url", "The RyzeAPI address; else RYZE_BASE_URL, else the profile's, else the public host.", recursive: true);

    public Option<string?> Output { get; } = new Option<string?>("--output", "-o")
    {
        Description = "table or json (default: table on a terminal, json when redirected).",
        Recursive = true,
    }.AcceptOnlyFromAmong("table", "json");

    public Option<bool> NoColor { get; } = new("--no-color") { Description = "No colours (also: NO_COLOR).", Recursive = true };

    public Option<bool> Verbose { get; } = new("--verbose") { Description = "Log each call and its timing on stderr.", Recursive = true };

    public void AddTo(RootCommand root)
    {
        root.Add(Profile);
        root.Add(BaseUrl);
        root.Add(Output);
        root.Add(NoColor);
        root.Add(Verbose);
    }
}
