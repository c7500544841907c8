using System.Diagnostics.Tracing;
using System.Globalization;

namespace RyzeApi.Client.Benchmarks;

/// <summary>
/// <c>-- --allocations</c>: where a call's bytes go, by type. The runtime samples one allocation per ~100 KB
/// (GCAllocationTick); over many calls the samples give each type's share, which is multiplied by the exact bytes per call.
/// </summary>
internal static class AllocationProfile
{
    public static async Task<int> RunAsync(string[] args)
    {
        var bench = new ClientBenchmarks();
        bench.SetupOthers();
        var calls = 200_000;
        await ProfileAsync("SDK settings", () => bench.Settings(), calls);
        await ProfileAsync("Hand-written settings", () => bench.HandWrittenSettings(), calls);
        bench.Cleanup();
        return 0;
    }

    private static async Task ProfileAsync(string name, Func<Task> call, int calls)
    {
        for (var i = 0; i < 20_000; i++)
        {
            await call();
        }

        using var listener = new AllocationTickListener();
        var before = GC.GetTotalAllocatedBytes(precise: true);
        for (var i = 0; i < calls; i++)
        {
            await call();
        }

        var perCall = (GC.GetTotalAllocatedBytes(precise: true) - before) / (double)calls;
        var samples = listener.Samples();
        var total = samples.Values.Sum();
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"\n{name}: {perCall:0} bytes per call ({total} samples)"));
        foreach (var (type, count) in samples.OrderByDescending(s => s.Value).Take(30))
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{perCall * count / total,8:0} B  {type}"));
        }
    }

    private sealed class AllocationTickListener : EventListener
    {
        private readonly Dictionary<string, int> _samples = [];

        public Dictionary<string, int> Samples()
        {
            lock (_samples)
            {
                return new Dictionary<string, int>(_samples);
            }
        }

        protected override void OnEventSourceCreated(EventSource eventSource)
        {
            if (eventSource.Name == "Microsoft-Windows-DotNETRuntime")
            {
                EnableEvents(eventSource, EventLevel.Verbose, (EventKeywords)0x1);
            }
        }

        protected override void OnEventWritten(EventWrittenEventArgs eventData)
        {
            if (eventData.EventName?.StartsWith("GCAllocationTick", StringComparison.Ordinal) == true
                && eventData.PayloadNames?.IndexOf("TypeName") is int at and >= 0
                && eventData.Payload?[at] is string type)
            {
                lock (_samples)
                {
                    _samples[type] = _samples.GetValueOrDefault(type) + 1;
                }
            }
        }
    }
}
