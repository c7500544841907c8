using System.CommandLine;

namespace RyzeApi.Cli;

/// <summary><c>ryze plan</c> and <c>ryze apply</c>: the fleet spec (ryze.fleet.json) compared with, then applied to, the account.</summary>
internal static class FleetCommands
{
    public static Command Plan(CommandFactory commands)
    {
        var file = FileOption();
        var prune = PruneOption();
        return commands.Create("plan", "Show what `ryze apply` would change; changes nothing.", async (run, ct) =>
        {
            var plan = await PlanAsync(run, run.Value(file)!, run.Value(prune), ct);
            Print(run, plan);
            return ExitCodes.Success;
        }, file, prune);
    }

    public static Command Apply(CommandFactory commands)
    {
        var file = FileOption();
        var prune = PruneOption();
        var dryRun = new Option<bool>("--dry-run") { Description = "Print the plan only (same as `ryze plan`)." };
        var yes = InstanceCommands.YesOption();
        return commands.Create("apply", "Make the account match the fleet spec (asks before deleting).", async (run, ct) =>
        {
            var plan = await PlanAsync(run, run.Value(file)!, run.Value(prune), ct);
            if (run.Value(dryRun) || !plan.HasChanges)
            {
                Print(run, plan);
                return ExitCodes.Success;
            }

            var deletions = plan.Changes.Where(change => change.Action == FleetAction.Delete).Select(change => change.Name).ToList();
            if (deletions.Count > 0)
            {
                run.Confirm($"Delete {deletions.Count} instance(s) not in the spec ({string.Join(", ", deletions)})?", run.Value(yes));
            }

            var progress = new SyncProgress<FleetProgress>(step =>
                run.Say($"[{step.Completed}/{step.Total}] {step.Instance.Name}: {step.Instance.Action} {step.Instance.Outcome}"));
            var result = await run.CreateClient().Fleet.ApplyAsync(plan, progress, ct);
            run.Printer.List(result.Instances.Select(ApplyLine.From).ToList(), CliJsonContext.Default.IReadOnlyListApplyLine, "name", "action", "outcome", "error");
            return result.Succeeded ? ExitCodes.Success : ExitCodes.Error;
        }, file, prune, dryRun, yes);
    }

    private static Option<FileInfo> FileOption() => new("--file", "-f") { Description = "The fleet spec.", Required = true };

    private static Option<bool> PruneOption() => new("--prune") { Description = "Also delete instances the spec does not name." };

    private static async Task<FleetPlan> PlanAsync(Invocation run, FileInfo file, bool prune, CancellationToken cancellationToken)
    {
        var spec = FleetSpec.Load(file.FullName);
        return await run.CreateClient().Fleet.PlanAsync(prune ? spec with { Prune = true } : spec, cancellationToken: cancellationToken);
    }

    private static void Print(Invocation run, FleetPlan plan)
    {
        if (run.Json)
        {
            run.Printer.List(plan.Changes.Select(PlanLine.From).ToList(), CliJsonContext.Default.IReadOnlyListPlanLine, "name", "action");
            return;
        }

        run.Console.Out.Write(plan.ToString());
    }
}
