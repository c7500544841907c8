using System.Globalization;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// <c>-- --allocation-goals</c>: bytes per call of every category, SDK against its hand-written baseline, checked against
/// the allocation goals of docs/benchmarks.md. Exits 1 when one is missed, so CI keeps the SDK where the benchmarks put it.
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
        Console.WriteLine("| Category | SDK bytes per call | Hand-written bytes per call | Alloc ratio | SDK Gen2 collections | Goal |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var (category, goal, noGen2, calls, setup, sdk, handWritten) in Scenario.All)
        {
            var bench = new ClientBenchmarks();
            setup(bench);

            // Each category starts from a collected heap, so a Gen2 that an earlier category's garbage was due to cause is not
            // counted against this one.
            GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);
            GC.WaitForPendingFinalizers();
            var gen2Before = GC.CollectionCount(2);
            var sdkBytes = await BytesPerCallAsync(() => sdk(bench), calls);
            var gen2 = GC.CollectionCount(2) - gen2Before;
            var handWrittenBytes = await BytesPerCallAsync(() => handWritten(bench), calls);
            bench.Cleanup();

            var ratio = sdkBytes / handWrittenBytes;
            var met = ratio <= goal && (!noGen2 || gen2 == 0);
            missed += met ? 0 : 1;
            Console.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {category} | {sdkBytes:N0} | {handWrittenBytes:N0} | {ratio:0.00} | {gen2} | ≤ {goal:0.00}{(noGen2 ? ", no Gen2" : string.Empty)}: {(met ? "met" : "MISSED")} |"));
        }

        Console.WriteLine(missed == 0 ? "allocation goals: all met" : $"allocation goals: {missed} missed");
        return missed == 0 ? 0 : 1;
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
