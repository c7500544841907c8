using System.Diagnostics;
using System.Globalization;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// <c>-- --loop sdk|peer|hand-written [calls] [warm-up calls] [--no-listeners] [--category NAME]</c>: one category's in-memory call
/// of <see cref="ClientBenchmarks"/> (<c>settings</c> unless named), over and over in one process, for a sampling profiler
/// to attach to after the warm-up, or for an instruction count under valgrind with a short warm-up (docs/benchmarks.md,
/// "Profiling").
/// </summary>
internal static class InMemoryLoop
{
    private const int WarmUpCalls = 2_000_000;

    public static async Task<int> RunAsync(string[] args)
    {
        var at = Array.IndexOf(args, "--loop");
        var client = at + 1 < args.Length ? args[at + 1] : "sdk";
        if (client is not ("sdk" or "peer" or "hand-written"))
        {
            return ThroughputRunner.Usage("--loop takes sdk, peer or hand-written");
        }

        var named = Array.IndexOf(args, "--category");
        var scenario = Scenario.Named(named >= 0 && named + 1 < args.Length ? args[named + 1] : "settings");
        if (scenario is null)
        {
            return ThroughputRunner.Usage($"--category takes one of: {string.Join(", ", Scenario.All.Select(s => s.Name))}");
        }

        var calls = Positional(args, at + 2, least: 1, fallback: 2_000_000);
        var warmUp = Positional(args, at + 3, least: 0, fallback: WarmUpCalls);
        var bench = new ClientBenchmarks { ListenToTelemetry = !args.Contains("--no-listeners") };
        scenario.Setup(bench);
        var call = client switch { "sdk" => scenario.Sdk, "peer" => scenario.Peer, _ => scenario.HandWritten };
        for (var i = 0; i < warmUp; i++)
        {
            await call(bench);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Warmed up; measuring {calls:N0} calls. Process id: {Environment.ProcessId}"));
        var watch = Stopwatch.StartNew();
        for (var i = 0; i < calls; i++)
        {
            await call(bench);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{client}: {watch.Elapsed.TotalMicroseconds / calls:0.000} µs per {scenario.Name} call"));
        bench.Cleanup();
        return 0;
    }

    private static int Positional(string[] args, int at, int least, int fallback) =>
        at < args.Length && int.TryParse(args[at], CultureInfo.InvariantCulture, out var value) && value >= least ? value : fallback;
}
