using System.Globalization;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// <c>-- --allocation-goals</c>: bytes per call of every category, the SDK against the peer a partner would assemble (a Refit
/// client with the standard resilience handler), with the hand-written floor beside them for information. Exits 1 when the SDK
/// allocates more than the peer in a category, or a list call of the SDK causes a Gen2 collection, so CI keeps the SDK where the
/// benchmarks put it.
/// </summary>
/// <remarks>
/// Allocations, unlike times, do not drift with the machine's load, so they can gate a build. Each call of the in-memory
/// benchmarks completes at once, on this thread, so this thread's allocation counter sees all of it; a call that did not
/// complete at once would escape the count, and is refused. Run it from a Release build: a Debug build allocates a
/// state machine per async method call.
/// </remarks>
internal static class AllocationGoals
{
    private const int WarmUpCalls = 2_000;

    public static async Task<int> RunAsync()
    {
        var missed = 0;
        Console.WriteLine("| Category | SDK bytes per call | Peer bytes per call | SDK ÷ peer | SDK Gen2 collections | Goal | Hand-written bytes per call (floor) |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|---:|");
        foreach (var scenario in Scenario.All)
        {
            var bench = new ClientBenchmarks();
            scenario.Setup(bench);

            // The SDK is measured first, from a collected heap, so a Gen2 that an earlier category's (or client's) garbage was due
            // to cause is not counted against it.
            Collect();
            var gen2Before = GC.CollectionCount(2);
            var sdkBytes = await BytesPerCallAsync(() => scenario.Sdk(bench), scenario.Calls);
            var gen2 = GC.CollectionCount(2) - gen2Before;
            Collect();
            var peerBytes = await BytesPerCallAsync(() => scenario.Peer(bench), scenario.Calls);
            Collect();
            var handWrittenBytes = await BytesPerCallAsync(() => scenario.HandWritten(bench), scenario.Calls);
            bench.Cleanup();

            var ratio = sdkBytes / peerBytes;
            var met = ratio <= Scenario.Goal && (!scenario.NoGen2 || gen2 == 0);
            missed += met ? 0 : 1;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {scenario.Name} | {sdkBytes:N0} | {peerBytes:N0} | {ratio:0.00} | {gen2} | ≤ {Scenario.Goal:0.00}{(scenario.NoGen2 ? ", no Gen2" : string.Empty)}: {(met ? "met" : "MISSED")} | {handWrittenBytes:N0} |"));
        }

        Console.WriteLine(missed == 0 ? "allocation goals: all met" : $"allocation goals: {missed} missed");
        return missed == 0 ? 0 : 1;
    }

    private static void Collect()
    {
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
    }

    private static async Task<double> BytesPerCallAsync(Func<Task> call, int calls)
    {
        for (var i = 0; i < Math.Min(calls, WarmUpCalls); i++)
        {
            await call();
        }

        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < calls; i++)
        {
            var pending = call();
            if (!pending.IsCompleted)
            {
                throw new InvalidOperationException("An in-memory call did not complete at once: its allocations would escape this thread's count.");
            }

            await pending;
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before) / (double)calls;
    }
}
