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

    // The lists' goal also rules out Gen2 collections: a body buffered whole lands on the large-object heap. Each category uses
    // its benchmark's own setup (the lists' sizes), and fewer calls where one call is large.
    private static readonly Category[] Categories =
    [
        new("create", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Create(), b => b.HandWrittenCreate()),
        new("list-1", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.List1(), b => b.HandWrittenList1()),
        new("list-100", 1.10, NoGen2: true, 2_000, b => b.SetupList100(), b => b.List100(), b => b.HandWrittenList100()),
        new("list-1000", 1.10, NoGen2: true, 200, b => b.SetupList1000(), b => b.List1000(), b => b.HandWrittenList1000()),
        new("settings", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Settings(), b => b.HandWrittenSettings()),
        new("connect", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Connect(), b => b.HandWrittenConnect()),
        new("error-404", 1.50, NoGen2: false, 20_000, b => b.SetupOthers(), b => b.Error404(), b => b.HandWrittenError404()),
    ];

    public static async Task<int> RunAsync()
    {
        var missed = 0;
        Console.WriteLine("| Category | SDK bytes per call | Hand-written bytes per call | Alloc ratio | SDK Gen2 collections | Goal |");
        Console.WriteLine("|---|---:|---:|---:|---:|---|");
        foreach (var (category, goal, noGen2, calls, setup, sdk, handWritten) in Categories)
        {
            var bench = new ClientBenchmarks();
            setup(bench);
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

    private sealed record Category(
        string Name, double Goal, bool NoGen2, int Calls, Action<ClientBenchmarks> Setup, Func<ClientBenchmarks, Task> Sdk, Func<ClientBenchmarks, Task> HandWritten);
}
