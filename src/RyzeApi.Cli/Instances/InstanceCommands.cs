using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary><c>ryze instance …</c>: list, inspect, create, connect and remove instances.</summary>
internal static class InstanceCommands
{
    public static Command Build(CommandFactory commands)
    {
        var name = NameArgument();
        var yes = YesOption();
        var webhookUrl = UrlOption.Create("--webhook-url", "Send the instance's events to this URL (label 'default').");
        var group = CommandFactory.Group(
            "instance",
            "Manage WhatsApp instances.",
            commands.Create("list", "List the account's instances.", ListAsync),
            commands.Create("get", "Show one instance (never its token).", (run, ct) => GetAsync(run, run.Value(name), ct), name),
            commands.Create("create", "Create an instance.", (run, ct) => CreateAsync(run, run.Value(name), run.Value(webhookUrl), ct), name, webhookUrl),
            commands.Create("delete", "Delete an instance and its WhatsApp session (asks first).", (run, ct) => DeleteAsync(run, run.Value(name), run.Value(yes), ct), name, yes),
            commands.Create("logout", "Log the instance out of WhatsApp; it must be paired again (asks first).", (run, ct) => LogoutAsync(run, run.Value(name), run.Value(yes), ct), name, yes),
            commands.Create("reconnect", "Reconnect the instance with its saved session.", (run, ct) => ReconnectAsync(run, run.Value(name), ct), name),
            commands.Create("metrics", "Show the instance's message metrics.", (run, ct) => MetricsAsync(run, run.Value(name), ct), name),
            ConnectCommand.Build(commands));
        foreach (var configuration in InstanceConfigCommands.Build(commands))
        {
            group.Add(configuration);
        }

        return group;
    }

    public static Argument<string> NameArgument() => new("name") { Description = "The instance name." };

    public static Option<bool> YesOption() => new("--yes", "-y") { Description = "Do not ask; required when not on a terminal." };

    private static async Task<int> ListAsync(Invocation run, CancellationToken cancellationToken)
    {
        var instances = await run.CreateClient().Instances.ListAsync(cancellationToken);
        var views = instances.Select(InstanceView.From).ToList();
        run.Printer.List<InstanceView>(views, CliJsonContext.Default.IReadOnlyListInstanceView, "name", "state", "number", "profileName", "createdAt");
        return ExitCodes.Success;
    }

    private static async Task<int> GetAsync(Invocation run, string name, CancellationToken cancellationToken)
    {
        run.Printer.Object(InstanceView.From(await run.CreateClient().Instances.GetAsync(name, cancellationToken)), CliJsonContext.Default.InstanceView);
        return ExitCodes.Success;
    }

    private static async Task<int> CreateAsync(Invocation run, string name, Uri? webhookUrl, CancellationToken cancellationToken)
    {
        var request = new CreateInstanceRequest { Name = name, Webhook = webhookUrl is null ? null : new WebhookConfig { Url = webhookUrl } };
        var created = await run.CreateClient().Instances.CreateAsync(request, cancellationToken);
        run.Printer.Object(InstanceView.From(created), CliJsonContext.Default.InstanceView);
        run.Say($"Created {name}; connect it with `ryze instance connect {name}`.");
        return ExitCodes.Success;
    }

    private static async Task<int> DeleteAsync(Invocation run, string name, bool yes, CancellationToken cancellationToken)
    {
        run.Confirm($"Delete instance '{name}' and its WhatsApp session?", yes);
        await run.CreateClient().Instances.DeleteAsync(name, cancellationToken);
        run.Say($"Deleted {name}.");
        return ExitCodes.Success;
    }

    private static async Task<int> LogoutAsync(Invocation run, string name, bool yes, CancellationToken cancellationToken)
    {
        run.Confirm($"Log '{name}' out of WhatsApp? It must be paired again.", yes);
        await run.CreateClient().Instances.LogoutAsync(name, cancellationToken);
        run.Say($"Logged {name} out.");
        return ExitCodes.Success;
    }

    private static async Task<int> ReconnectAsync(Invocation run, string name, CancellationToken cancellationToken)
    {
        await run.CreateClient().Instances.ReconnectAsync(name, cancellationToken);
        run.Say($"Reconnecting {name}.");
        return ExitCodes.Success;
    }

    private static async Task<int> MetricsAsync(Invocation run, string name, CancellationToken cancellationToken)
    {
        run.Printer.Object(await run.CreateClient().Instances.GetMetricsAsync(name, cancellationToken), CliJsonContext.Default.InstanceMetrics);
        return ExitCodes.Success;
    }
}
