using BenchmarkDotNet.Running;
using RyzeApi.Client.Benchmarks;

// `-- --webhook-throughput [--deliveries N]`: the webhook receiver on Kestrel, 8 concurrent senders over loopback.
// `-- --throughput [--requests N] [--blocks N] [--no-listeners|--calibrate|--only sdk|hand-written]`: SDK vs hand-written client
// against the fake server over loopback. `-- --allocation-goals`: bytes per call of every category against the goals, exit 1
// when one is missed (CI runs it). `-- --loop sdk|hand-written [calls] [warm-up] [--no-listeners] [--category NAME]` and `-- --allocations`: profiling aids.
// Anything else goes to BenchmarkDotNet, e.g. `-- --filter '*'` or `-- --filter '*' --job short`.
if (args.Contains("--webhook-throughput"))
{
    return await WebhookThroughput.RunAsync(args);
}

if (args.Contains("--throughput"))
{
    return await ThroughputRunner.RunAsync(args);
}

if (args.Contains("--loop"))
{
    return await InMemoryLoop.RunAsync(args);
}

if (args.Contains("--scenarios"))
{
    // For scripts (profiling/instructions.py): every category's name, goal and call count, one per line.
    foreach (var scenario in Scenario.All)
    {
        Console.WriteLine(FormattableString.Invariant($"{scenario.Name}\t{scenario.Goal}\t{scenario.Calls}"));
    }

    return 0;
}

if (args.Contains("--allocation-goals"))
{
    return await AllocationGoals.RunAsync();
}

if (args.Contains("--allocations"))
{
    return await AllocationProfile.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(ClientBenchmarks).Assembly).Run(args);
return 0;
